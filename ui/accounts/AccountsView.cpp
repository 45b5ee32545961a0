#include "AccountsView.h"
