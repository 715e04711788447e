"""How MXNet's broadcast and reduce kernels fold shapes into a few blocks, and their errors when more remain.

Both kernels are compiled for at most ``KERNEL_DIMS`` dimensions: before running, they merge neighbouring
axes that broadcast (or reduce) alike into one block. Shapes of any rank work as long as the blocks fit;
otherwise the kernel fails, and the error comes when the result is read.
"""
from .failures import KernelError
from .shape_text import provided

KERNEL_DIMS = 5


def broadcast_folds(lhs, rhs):
    """How many blocks a broadcasting binary kernel folds operands of shapes ``lhs`` and ``rhs`` into (0 when
    the shapes are equal: no broadcasting). Aligned on the right, neighbouring axes share a block while one
    operand is all ones across it, or both operands match across it."""
    if tuple(lhs) == tuple(rhs):
        return 0
    ndim = max(len(lhs), len(rhs))
    lhs = (1,) * (ndim - len(lhs)) + tuple(lhs)
    rhs = (1,) * (ndim - len(rhs)) + tuple(rhs)
    blocks, left, right = 0, 1, 1
    for l, r in zip(lhs, rhs):
        one_side_broadcast = left * l == 1 or right * r == 1
        alike = left == right and l == r
        if not (one_side_broadcast or alike):
            blocks, left, right = blocks + 1, 1, 1
        left, right = left * l, right * r
    return blocks + (left > 1 or right > 1)


def reduce_folds(big, small):
    """The blocks ``(big extent, small extent)`` a reduce (or broadcast-to) kernel folds ``big`` into when
    ``small`` is ``big`` with its reduced axes set to 1: a run of reduced axes followed by a run of kept ones
    share a block; a reduced axis after a kept extent, or a kept axis after a reduced extent, starts one."""
    if all(s == 1 for s in small):
        size = 1
        for b in big:
            size *= b
        return [(size, 1)]
    blocks, block_big, block_small = [], 1, 1
    for b, s in zip(big, small):
        reduced = b != s
        if (reduced and block_small > 1) or (not reduced and block_big != block_small):
            blocks.append((block_big, block_small))
            block_big, block_small = 1, 1
        block_big *= b
        block_small *= 1 if reduced else b
    if block_big > 1 or block_small > 1:
        blocks.append((block_big, block_small))
    return blocks


def refuse_broadcast_folds(name, lhs, rhs, result):
    """Raise the kernel error of a binary broadcast whose operands fold into too many blocks (``result``: the
    placeholder outputs)."""
    if len(lhs) > KERNEL_DIMS or len(rhs) > KERNEL_DIMS:
        if broadcast_folds(lhs, rhs) > KERNEL_DIMS:
            # MXNet's words: its kernel merges neighbouring axes that broadcast alike into at most KERNEL_DIMS
            # blocks (reshaping the operands to merge axes avoids the error)
            raise KernelError(f"Too many broadcast dimensions with operands {provided(lhs)} {provided(rhs)}", result)


def refuse_reduce_folds(name, big, small, result):
    """Raise the kernel error of a reduction from shape ``big`` to ``small`` (or a broadcast from ``small`` to
    ``big``) whose axes fold into too many blocks."""
    if len(big) > KERNEL_DIMS and len(reduce_folds(big, small)) > KERNEL_DIMS:
        # MXNet's words: its kernel merges neighbouring reduced (or kept) axes into at most KERNEL_DIMS blocks
        raise KernelError(f"Too many reduction axes from {provided(big)} to {provided(small)}", result)
