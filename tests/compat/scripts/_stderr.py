"""``stderr_of(call)``: what ``call`` returns (or the exception it raises) and the lines it writes on file descriptor 2
meanwhile, where MXNet's C++ log goes, each without its leading time."""
import os
import re
import sys
import tempfile

_TIME = re.compile(r"^\[\d\d:\d\d:\d\d\] ")


def stderr_of(call):
    """(``call()`` or the exception it raised, its stderr lines without their ``[hh:mm:ss] ``)."""
    with tempfile.TemporaryFile() as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            result = call()
        except Exception as e:      # noqa: BLE001 (shown by the caller)
            result = e
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        text = f.read().decode()
    return result, [_TIME.sub("", line) for line in text.splitlines()]
