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
