"""``mx.mon.Monitor``: statistics of every node output (and argument) of bound executors, every N steps."""
import logging
import re

import numpy as np

from .ndarray.ndarray import NDArray


def _default_stat(x):
    """MXNet's default statistic: ||x|| / sqrt(size)."""
    data = x.asnumpy().astype(np.float32)
    return np.array([np.linalg.norm(data.ravel()) / np.sqrt(data.size)], dtype=np.float32)


class Monitor:
    """Collect ``stat_func`` of the outputs whose names match ``pattern`` every ``interval`` tics."""

    def __init__(self, interval, stat_func=None, pattern=".*", sort=False, monitor_all=False):
        self.interval, self.stat_func = interval, stat_func or _default_stat
        self.re_prog = re.compile(pattern)
        self.sort, self.monitor_all = sort, monitor_all
        self.exes, self.queue = [], []
        self.step, self.activated = 0, False

    def stat_helper(self, name, array):
        """The executors' callback: record ``array``'s statistic while activated."""
        if self.activated and self.re_prog.match(name):
            self.queue.append((self.step, name, self.stat_func(array)))

    def install(self, exe):
        """Watch executor ``exe``."""
        exe.set_monitor_callback(self.stat_helper, self.monitor_all)
        self.exes.append(exe)

    def tic(self):
        """Start collecting if this step is a multiple of the interval."""
        if self.step % self.interval == 0:
            self.queue = []
            self.activated = True
        self.step += 1

    def toc(self):
        """End collecting; returns [(step, name, statistic text)] including the executors' arguments."""
        if not self.activated:
            return []
        for exe in self.exes:
            for name, array in zip(exe._symbol.list_arguments(), exe.arg_arrays):
                if self.re_prog.match(name):
                    self.queue.append((self.step, name, self.stat_func(array)))
        self.activated = False
        res = []
        for step, name, value in sorted(self.queue, key=lambda q: q[1]) if self.sort else self.queue:
            values = value.asnumpy() if isinstance(value, NDArray) else np.asarray(value)
            res.append((step, name, "".join(f"{v}\t" for v in values.ravel())))
        self.queue = []
        return res

    def toc_print(self):
        """End collecting and log each statistic."""
        for step, name, text in self.toc():
            logging.info("Batch: %7d %30s %s", step, name, text)
