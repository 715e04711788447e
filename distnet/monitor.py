"""``mx.mon.Monitor``: statistics of every node output (and argument) of bound executors, every N steps."""
import logging
import re
from math import sqrt

from . import base as _base
from . import ndarray as _ndarray
from .ndarray.ndarray import NDArray, handed_array as _handed_array

# the names MXNet's monitor module holds besides these, listed by dir(mx.monitor)
ctypes, NDArrayHandle, py_str, ndarray = _base._ctypes, _base.NDArrayHandle, _base.py_str, _ndarray


def _check_stat(ok):
    """MXNet asserts, without a message, that ``stat_func`` returned an NDArray or a list of them."""
    if not ok:
        raise AssertionError()


class Monitor:
    """Collect ``stat_func`` of the outputs whose names match ``pattern`` every ``interval`` tics."""

    def __init__(self, interval, stat_func=None, pattern=".*", sort=False, monitor_all=False):
        if stat_func is None:
            def asum_stat(x):
                """The default statistic: ||x|| / sqrt(size), as a (1,) NDArray."""
                return _ndarray.norm(x) / sqrt(x.size)
            stat_func = asum_stat
        self.interval, self.stat_func = interval, stat_func
        self.re_prog = re.compile(pattern)
        self.sort, self.monitor_all = sort, monitor_all
        self.exes, self.queue = [], []
        self.step, self.activated = 0, False

        def stat_helper(name, array):
            """The executors' callback: record the statistic of the array handed as ``array`` while activated."""
            name = name.decode() if isinstance(name, bytes) else name
            if self.activated and self.re_prog.match(name):
                self.queue.append((self.step, name, self.stat_func(_handed_array(array))))
        self.stat_helper = stat_helper      # a closure held by the monitor, as in MXNet

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
        """End collecting; returns [(step, name, statistic text)] including the executors' arguments and
        auxiliary states."""
        if not self.activated:
            return []
        for exe in self.exes:
            named = list(zip(exe._symbol.list_arguments(), exe.arg_arrays))
            named += zip(exe._symbol.list_auxiliary_states(), exe.aux_arrays)
            for name, array in named:
                if self.re_prog.match(name):
                    self.queue.append((self.step, name, self.stat_func(array)))
        self.activated = False
        if self.sort:
            self.queue.sort(key=lambda q: q[1])
        res = []
        for step, name, values in self.queue:
            values = [values] if isinstance(values, NDArray) else values
            _check_stat(isinstance(values, list))
            text = ""
            for v in values:
                _check_stat(isinstance(v, NDArray))
                text += (str(v.asscalar()) if v.shape == (1,) else str(v.asnumpy())) + "\t"
            res.append((step, name, text))
        self.queue = []
        return res

    def toc_print(self):
        """End collecting and log each statistic."""
        for step, name, text in self.toc():
            logging.info("Batch: {:7d} {:30s} {:s}".format(step, name, text))
