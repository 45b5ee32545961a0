#include "CliApp.h"
