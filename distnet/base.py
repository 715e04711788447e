"""Errors and small shared helpers of the engine."""


class MXNetError(Exception):
    """Raised for bad shapes, arguments or state; the name is kept for MXNet compatibility."""


def numeric_types():
    """The Python and numpy scalar types accepted where MXNet accepts a number."""
    import numbers
    return (numbers.Number,)
