"""The words of an exception as MXNet's check prints them, for scripts that print refusals."""
import re


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"(\[\d\d:\d\d:\d\d\] )?\S+\.(cc|h):\d+: ", "", text)     # where in the C++ source it failed
    return f"{type(e).__name__}: {text}"
