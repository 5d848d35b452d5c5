// Names of model enums.
#include "model/content.h"

namespace maillon {

const char* ToString(SupperStatus s) {
  switch (s) {
    case SupperStatus::kPlanned: return "planned";
    case SupperStatus::kConfirmed: return "confirmed";
    case SupperStatus::kHeld: return "held";
    case SupperStatus::kCancelled: return "cancelled";
  }
  return "planned";
}

}  // namespace maillon
