"""The operators of mx.npx that legacy ops do not cover: ``_npx_reshape`` (npx.reshape's codes -1 .. -6)."""
import numpy as np

from ..base import MXNetError, located
from .registry import defop


def _dims(shape):
    return "[" + ",".join(map(str, shape)) + "]"


def _refused(message, line):
    """The MXNetError of npx.reshape's check at ``line`` of its source."""
    return located(MXNetError(message), ("../src/operator/numpy/np_matrix_op.cc", line))


def _fail(src, newshape, reverse, check, line=None):
    """MXNet's failed ``check`` (at ``line``, where known) followed by its words for the reshape it refuses."""
    message = (f"Check failed: {check}Cannot reshape array of shape {_dims(src)} into shape {_dims(newshape)} , "
               f"reverse = {int(reverse)}")
    raise MXNetError(message) if line is None else _refused(message, line)


_ONE_UNKNOWN = "Check failed: !has_unknown_dim_size: Can only specify one unknown dimension"


def target_shape(src, newshape, reverse=False):
    """The shape ``newshape``'s codes give for an array of shape ``src``.

    A size >= 0 is taken as it is; -1 is inferred from the rest; -2 copies the next input dimension;
    -3 drops an input dimension of size 1; -4 copies all remaining input dimensions; -5 merges the
    next two input dimensions; -6 splits the next input dimension into the two sizes that follow it
    (one of them may be -1). Every code but -4, -5 and -6 consumes one input dimension. ``reverse``
    matches the codes to the input dimensions from the right.
    """
    src = tuple(int(d) for d in src)
    if newshape is None:        # (MXNet reads a shape of "None" as one of unknown rank)
        if int(np.prod(src)) != 1:
            raise MXNetError(f"Check failed: src.Size() == target_size ({int(np.prod(src))} vs. 1) : Cannot reshape "
                             f"array of shape {_dims(src)} into shape None , reverse = {int(reverse)}")
        raise located(MXNetError("Check failed: ndim() >= 0 (-1 vs. 0) : "), ("../include/mxnet/./tuple.h", 140))
    codes = [int(newshape)] if isinstance(newshape, (int, np.integer)) else [int(d) for d in newshape]
    shown, shown_src = list(codes), src
    if reverse:
        src, codes = src[::-1], codes[::-1]
    out, unknown, i, k = [], None, 0, 0

    def source(what):
        """The input dimension code ``what`` reads, in the words of its own check when there is none left."""
        if i >= len(src):
            if what == -3:
                raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {i} must be in range [0, {len(src)})")
            if what == -2:
                raise _refused(f"Check failed: src_inx < src.ndim() ({i} vs. {len(src)}) : Unmatching dimension of "
                               "proposed new shape", 236)
            raise MXNetError(f"Check failed: src_inx < src.ndim() ({i} vs. {len(src)}) : ")
        return src[i]

    while k < len(codes):
        d = codes[k]
        if d < -6:
            raise _refused(f"Check failed: param.newshape[i] >= -6 ({d} vs. -6) : Dimension size must be greater "
                           "than or equal to -6", 323)
        if d >= 0:
            out.append(d)
            i += 1
        elif d == -1:
            if unknown is not None:
                raise _refused(_ONE_UNKNOWN, 326)
            unknown = len(out)
            out.append(-1)
            i += 1
        elif d == -2:
            out.append(source(-2))
            i += 1
        elif d == -3:
            if source(-3) != 1:
                raise _refused(f"Check failed: src[src_inx] == 1 ({src[i]} vs. 1) : -3 index should only be used to "
                               "skip dimension size 1", 242)
            i += 1
        elif d == -4:
            out.extend(src[i:])
            i = len(src)
        elif d == -5:
            if i + 1 >= len(src):
                raise _refused(f"Check failed: src_inx < src.ndim()-1 ({i} vs. {len(src) - 1}) : Not enough dimensions "
                               "left for the product", 254)
            out.append(src[i] * src[i + 1])
            i += 2
        else:
            if k + 2 >= len(codes):
                raise _refused(f"Check failed: i + 2 < target.ndim() ({k + 2} vs. {len(codes)}) : ", 270)
            d0, d1, d2 = source(-6), codes[k + 1], codes[k + 2]
            if d1 == -1 and d2 == -1:
                raise _refused(_ONE_UNKNOWN, 326)
            if d1 == -1:
                d1 = d0 // d2 if d2 else -1
            elif d2 == -1:
                d2 = d0 // d1 if d1 else -1
            if d1 * d2 != d0:
                raise _refused("Check failed: d1 * d2 == static_cast<dim_t>(d0) || static_cast<dim_t>(d0) == "
                               f"dim_t(-1): Split dims {d1}, {d2} do not divide original dim {d0}", 278)
            out.extend((d1, d2))
            i += 1
            k += 2
        k += 1
    size = int(np.prod(src))
    if unknown is not None:
        known = int(np.prod([d for j, d in enumerate(out) if j != unknown]))
        if known == 0:
            _fail(shown_src, shown, reverse, "known_dim_size_prod != 0 (0 vs. 0) : ", 302)
        if size % known:
            _fail(shown_src, shown, reverse, "src.Size() % known_dim_size_prod == 0: ", 303)
        out[unknown] = size // known
    total = int(np.prod(out))
    if total != size:       # (a shape of plain sizes, or none, is checked before the codes are read)
        if min(shown, default=0) >= 0:
            _fail(shown_src, shown, reverse, f"src.Size() == target_size ({size} vs. {total}) : ")
        _fail(shown_src, shown, reverse, f"(*output).Size() == src.Size() ({total} vs. {size}) : ", 308)
    return tuple(out[::-1]) if reverse else tuple(out)


@defop("_npx_reshape")
def npx_reshape(a, *, newshape, reverse=False, order="C"):
    """``a`` reshaped to ``newshape`` read with the NumPy-extension codes (see ``target_shape``); as MXNet's,
    ``order`` is not read."""
    return a.reshape(target_shape(a.shape, newshape, reverse))


@npx_reshape.grad
def _(dy, out, a, *, newshape, reverse=False, order="C"):
    return (dy.reshape(a.shape),)
