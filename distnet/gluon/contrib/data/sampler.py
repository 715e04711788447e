"""``mx.gluon.contrib.data``: extra samplers."""
from ...data.sampler import Sampler
from ...parameter import AssertError

__all__ = ["IntervalSampler"]


class IntervalSampler(Sampler):
    """Indices ``i, i + interval, i + 2 * interval, ...`` for each start ``i < interval`` (only 0 without
    ``rollover``). ``len()`` is ``length`` either way, as in MXNet.
    """

    def __init__(self, length, interval, rollover=True):
        if not interval <= length:      # compared as MXNet's assertion does (a text length fails with '<=')
            raise AssertError(f"Interval {interval} must be smaller than or equal to length {length}")
        self._length, self._interval, self._rollover = length, interval, rollover

    def __iter__(self):
        for start in range(self._interval if self._rollover else 1):
            yield from range(start, self._length, self._interval)

    def __len__(self):
        return self._length


# the names MXNet's module shows, as its own imports
from ....gluon.data import sampler  # noqa: E402,F401

from ....base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError Sampler""".split())
