"""``mx.log``: loggers with MXNet's one-letter, coloured line prefix."""
import logging
import warnings

CRITICAL, ERROR, WARNING = logging.CRITICAL, logging.ERROR, logging.WARNING
INFO, DEBUG, NOTSET = logging.INFO, logging.DEBUG, logging.NOTSET

_LABELS = {CRITICAL: "C", ERROR: "E", WARNING: "W", INFO: "I", DEBUG: "D"}


class _Formatter(logging.Formatter):
    """``W1201 07:00:00 1234 /path/file.py:func:12] message``: level letter, date, pid, place."""

    def __init__(self):
        super().__init__(datefmt="%m%d %H:%M:%S")

    def _get_color(self, level):
        if level >= WARNING:
            return "\x1b[31m"
        return "\x1b[32m" if level >= INFO else "\x1b[34m"

    def _get_label(self, level):
        return _LABELS.get(level, "U")

    def format(self, record):
        self._style._fmt = (self._get_color(record.levelno) + self._get_label(record.levelno)
                            + "%(asctime)s %(process)d %(pathname)s:%(funcName)s:%(lineno)d]\x1b[0m %(message)s")
        return super().format(record)


def get_logger(name=None, filename=None, filemode=None, level=WARNING):
    """The logger ``name``; on first use a named logger gets a handler (a file if ``filename``) and ``level``."""
    logger = logging.getLogger(name)
    if name is not None and not getattr(logger, "_init_done", None):
        logger._init_done = True
        if filename:
            handler = logging.FileHandler(filename, filemode or "a")
        else:
            handler = logging.StreamHandler()
            handler.setFormatter(_Formatter())     # colour codes only on a stream, not in files
        logger.addHandler(handler)
        logger.setLevel(level)
    return logger


def getLogger(name=None, filename=None, filemode=None, level=WARNING):
    """Deprecated spelling of :func:`get_logger`."""
    warnings.warn("getLogger is deprecated, Use get_logger instead.", DeprecationWarning, stacklevel=2)
    return get_logger(name, filename, filemode, level)
