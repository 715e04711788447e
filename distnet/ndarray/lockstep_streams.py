"""Many of MXNet's random states read in lock step, each from its own place in one shared read-ahead.

The rejection samplers (gamma_lockstep, poisson_lockstep) use an unknown count of numbers per sample.
Every state's numbers are read ahead in blocks, each state keeps its own read position, and at the end
every state is left just past the numbers it used, as the one-at-a-time samplers leave it. A read-ahead
reaches at most into a state's next mt19937 block, so the state after any number of it is the state before
or after the read-ahead with another position.
"""
import numpy as np

_F = np.float32
_BLOCK = 624        # numbers read ahead per state at a time: at most into the next mt19937 block


class Streams:
    """States 0 .. n-1 of ``rows`` (ops_random._Rows) read by position; ``finish()`` settles them."""

    def __init__(self, rows, n, double=False):
        self.rows, self.double, self.per = rows, double, 2 if double else 1
        self.buf = np.zeros((n, 0), np.uint32)
        self.start = 0                              # the stream position of buf's first column
        self.pos = np.zeros(n, np.int64)            # numbers each state has used
        self.settled = np.zeros(n, bool)
        self.live = np.ones(n, bool)                # states still reading
        self.marks = []     # per read-ahead: its position, the states read, their (mt, pos) before and after

    def reserve(self, r, need):
        """States ``r`` (every state still reading) get at least ``need`` (up to a block) numbers read ahead."""
        end = self.start + self.buf.shape[1]
        if not len(r) or int(self.pos[r].max()) + need <= end:
            return
        self.live[:] = False
        self.live[r] = True
        self._settle(np.flatnonzero(~self.live & ~self.settled))
        low = int(self.pos[r].min())
        while len(self.marks) > 1 and self.marks[1][0] <= low:     # no state left can end before mark 1
            del self.marks[0]
        rows, n = self.rows, len(self.pos)
        before = rows.mt[:n].copy(), rows.pos[:n].copy()
        new = rows.take(r, np.full(len(r), _BLOCK))
        self.marks.append((end, self.live.copy(), before, (rows.mt[:n].copy(), rows.pos[:n].copy())))
        keep = self.buf[:, low - self.start:]
        self.buf = np.zeros((len(self.pos), keep.shape[1] + _BLOCK), np.uint32)
        self.buf[:, :keep.shape[1]] = keep
        self.buf[r, keep.shape[1]:] = new
        self.start = low

    def uniform(self, r):
        """The next canonical uniform of states ``r`` (float or double, as float64 values); they move on."""
        at = self.pos[r] - self.start
        if self.double:
            u = (self.buf[r, at].astype(np.float64) + self.buf[r, at + 1].astype(np.float64) * 2.0 ** 32) * 2.0 ** -64
        else:
            u = self.buf[r, at].astype(_F).astype(np.float64) * 2.0 ** -32
        self.pos[r] += self.per
        return u

    def float_window(self, r, width):
        """The next ``width`` float uniforms of states ``r``, as a float32 (len(r), width) array; nobody moves."""
        at = (self.pos[r] - self.start)[:, None] + np.arange(width)
        return self.buf[r[:, None], at].astype(_F) * _F(2.0 ** -32)

    def finish(self):
        """Leave every state just past the numbers it used."""
        self._settle(np.flatnonzero(~self.settled))

    def _settle(self, states):
        if not len(states):
            return
        chosen = np.full(len(states), -1)
        for k, (at, live, _, _) in enumerate(self.marks):     # the last read-ahead each state started in
            chosen[live[states] & (at <= self.pos[states])] = k
        for k in np.unique(chosen):
            s = states[chosen == k]
            at, _, (mt0, pos0), (mt1, pos1) = self.marks[k]
            used = self.pos[s] - at
            same = used <= 624 - pos0[s]                    # still in the block the read-ahead started in
            a, b = s[same], s[~same]
            self.rows.mt[a], self.rows.pos[a] = mt0[a], pos0[a] + used[same]
            self.rows.mt[b], self.rows.pos[b] = mt1[b], pos1[b] - (_BLOCK - used[~same])
        self.settled[states] = True
