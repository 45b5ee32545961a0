#include "MessageBoxes.h"
