"""Checks shared by the cluster job scripts: a failed check prints FAILED and ends the worker with status 1."""
import sys

from distnet.base import message_of


def check(cond, what):
    if not cond:
        print(f"FAILED: {what}", flush=True)
        sys.exit(1)


def raises(cls, fn):
    """The message of the ``cls`` error ``fn()`` raises; any other outcome fails the job."""
    try:
        fn()
    except cls as err:
        return message_of(err)
    except Exception as err:        # noqa: BLE001 - report the wrong class
        check(False, f"{fn} raised {type(err).__name__}: {err}, expected {cls.__name__}")
    check(False, f"{fn} raised nothing, expected {cls.__name__}")
