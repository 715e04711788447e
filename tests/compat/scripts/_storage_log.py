"""``logged(call)``: a call's sparse result (or error class), then the storage fallback lines MXNet writes on
stderr for it (read back from file descriptor 2, without their time)."""
import numpy as np

from _stderr import stderr_of


def logged(call):
    """``call``'s result (or error), then the storage fallback lines it writes on stderr (without their time)."""
    def shown():
        r = call()
        return f"{r.stype} {np.dtype(r.dtype).name} {r.asnumpy().tolist()}"
    result, lines = stderr_of(shown)
    if isinstance(result, Exception):
        result = type(result).__name__
    lines = [line for line in lines if line.startswith(("operator", "input", "output", "params", "Copy"))]
    return result + "".join(f"\n    {line}" for line in lines)
