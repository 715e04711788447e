"""`mx.random`: the global random seed, and the samplers of ``nd.random``."""
import numbers as _numbers

import ctypes  # noqa: F401  (as MXNet's module imports it)

from .base import _LIB, check_call, integer_types  # noqa: F401  (names MXNet's module shows, as its own imports)
from .context import Context, resolved_id as _resolved_id
from .ndarray import ops_random as _ops
from .ndarray.random import (uniform, normal, randn, randint, exponential, gamma, poisson,  # noqa: F401
                             negative_binomial, generalized_negative_binomial, multinomial, shuffle)


def seed(seed_state, ctx="all"):
    """Seed the random number generators.

    Every later draw (``nd.random.*``, Dropout, initializers) then repeats MXNet 1.9.1's CPU stream for
    that seed; without a call the stream is the one of seed 0.

    Parameters
    ----------
    seed_state : int
        The seed.
    ctx : Context or 'all'
        The device to seed; CPU devices share one generator, so every choice reseeds it.
    """
    if not isinstance(seed_state, _numbers.Integral):
        raise ValueError("seed_state must be int")      # (MXNet's words, all of them)
    if not (isinstance(ctx, str) and ctx == "all"):
        ctx = _resolved_id(Context(ctx))     # as MXNet: anything but a context or a device name fails here
    # MXNet 1.9.1 reseeds the shared CPU streams whatever device is named; naming one seeds the sequential
    # engine (shuffle, multinomial) with the seed itself
    _ops.seed(int(seed_state), device=not (isinstance(ctx, str) and ctx == "all"))

from .base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals(), ("_LIB",))
