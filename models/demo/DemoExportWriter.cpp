#include "DemoExportWriter.h"
