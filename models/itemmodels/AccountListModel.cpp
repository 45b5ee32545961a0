#include "AccountListModel.h"
