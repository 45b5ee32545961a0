#include "TextDecoder.h"
