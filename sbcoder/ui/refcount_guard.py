"""A guard against a reference-counting bug of PySide6 6.12 on Python < 3.12.

PySide6 6.12.0's bindings return None (and True/False from some calls) without
taking a reference, which Python 3.12+ tolerates because those objects are immortal
there (PEP 683). On Python 3.11 every such call lowers None's count by one, and after
some tens of thousands of calls Python aborts with "none_dealloc: deallocating None".
Giving the three singletons a huge reference count once makes them as good as
immortal, which is what the bindings assume; on 3.12+ this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

# Far above anything a session can lower it by, far below overflow of Py_ssize_t.
_HEADROOM = 1 << 60


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False (Python < 3.12 only).

    Returns True when it changed something."""
    if sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True


make_singletons_immortal()
