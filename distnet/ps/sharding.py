"""Which server holds which key: big arrays in contiguous slices on every server, a small key on the server MXNet
picks from its int id.

Placement is a pure function of the sequence of ``(key, size, itemsize)`` in init order, so every
worker that inits the same keys in the same order (as MXNet requires) computes the same table.
"""
import dataclasses

import numpy as np


@dataclasses.dataclass(frozen=True)
class Part:
    """One slice of a key's flattened array: elements [start, stop) live on ``server``."""
    server: int
    part: int
    start: int
    stop: int


class Placement:
    """The key -> parts table, grown one key at a time in init order."""

    def __init__(self, num_servers, bound):
        self.num_servers = num_servers
        self.bound = bound
        self.parts = {}
        self.load = [0] * num_servers

    def add(self, key, size, itemsize, row=1, chunk=1, ident=None):
        """Place ``key`` (``size`` elements) and return its parts; placing a key twice returns the first result.

        A big key is cut between rows of ``row`` elements (a row_sparse key's rows each live on one server); a
        compressed key (``chunk`` values to one compressed number) between whole chunks, its last part taking the rest.
        A small key lives on server ``ident * 9973 mod S`` as in MXNet, ``ident`` being its int id (``key`` itself by
        default): which keys share a server shows in a server optimizer's state shared by its keys (Nadam's momentum
        schedule, an lr_scheduler's update count).
        """
        if key in self.parts:
            return self.parts[key]
        rows = size // row if row else 0
        chunks = -(-size // chunk)
        if size >= self.bound and self.num_servers > 1 and chunk > 1 and chunks > 1:
            bounds = [(a * chunk, min(b * chunk, size)) for a, b in split_bounds(chunks, min(self.num_servers, chunks))]
            parts = tuple(Part(s, s, int(a), int(b)) for s, (a, b) in enumerate(bounds))
        elif size >= self.bound and self.num_servers > 1 and rows > 1:
            bounds = [(a * row, b * row) for a, b in split_bounds(rows, min(self.num_servers, rows))]
            parts = tuple(Part(s, s, int(a), int(b)) for s, (a, b) in enumerate(bounds))
        else:
            server = (key if ident is None else ident) * 9973 % self.num_servers
            parts = (Part(server, 0, 0, size),)
        for p in parts:
            self.load[p.server] += (p.stop - p.start) * itemsize
        self.parts[key] = parts
        return parts

    def imbalance(self):
        """Most loaded server's bytes over the mean (1.0 is perfect balance)."""
        mean = sum(self.load) / self.num_servers
        return max(self.load) / mean if mean else 1.0

    def report(self):
        """A line describing the bytes per server."""
        per = ", ".join(f"server {s}: {b} B" for s, b in enumerate(self.load))
        return f"{len(self.parts)} keys placed; {per}; imbalance {self.imbalance():.2f}x the mean"


def split_bounds(size, num_parts):
    """[(start, stop)] cutting ``size`` elements into ``num_parts`` contiguous, nearly equal slices (MXNet's cuts:
    halves rounded up)."""
    edges = np.floor(np.arange(num_parts + 1) * (size / num_parts) + 0.5).astype(np.int64)
    return list(zip(edges[:-1].tolist(), edges[1:].tolist()))
