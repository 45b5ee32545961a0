#include "ValueParser.h"
