"""Optimizer updates of sparse (row_sparse) weights and states, with MXNet's storage rules.

Update rules work in place on dense numpy buffers. A sparse weight (or state) is handed to them as a
writable dense copy, and the result is stored back in its storage type:

- Where MXNet has a row_sparse kernel for the rule (SGD, Adam, Ftrl, sparse AdaGrad) and the gradient is
  row_sparse, the weight must store every row (MXNet refuses others); afterwards weight and states store
  every row, and rules MXNet runs lazily there (Ftrl, AdaGrad) change only the gradient's rows.
- Otherwise MXNet computes on dense copies and casts back: the stored rows are then the non-zero ones.

Optimizer subclasses describe their kernel with ``_rsp_kernel()`` and their state storage with
``_rsp_states()``; ``Optimizer.__init_subclass__`` wraps their ``update``/``create_state`` with this module.
"""
import functools

import numpy as np

from ..base import MXNetError, class_text, message_of
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray.storage_report import note_copy_fallback, note_storage_fallback


def _is_sparse(x):
    return isinstance(x, NDArray) and x.stype != "default"


_PLAIN = frozenset({NDArray, type(None)})     # the types of items that are surely not sparse


def _any_sparse(*items):
    for x in items:
        if type(x) is NDArray or x is None:     # (the commonest items: plain dense arrays, no state)
            continue
        if isinstance(x, (list, tuple)):
            if not _PLAIN.issuperset(map(type, x)) and _any_sparse(*x):
                return True
        elif _is_sparse(x):
            return True
    return False


def _to_stype(dense, like, all_rows):
    """Store numpy ``dense`` into sparse ``like``: every row when ``all_rows``, else the non-zero ones."""
    if all_rows and like.stype == "row_sparse":
        like._set_parts(dense.astype(like.dtype, copy=False), [np.arange(dense.shape[0], dtype=np.int64)])
    else:
        like._set_dense(dense)


def _sparse_state(state):
    """``state`` (an NDArray, None, or a tuple/list of them) with every dense NDArray made row_sparse."""
    if isinstance(state, (list, tuple)):
        return type(state)(_sparse_state(s) for s in state)
    if isinstance(state, NDArray) and state.stype == "default":
        return state.tostype("row_sparse")
    return state


def create_state(create):
    """Wrap ``create_state``: a sparse weight gets states made from a dense copy, row_sparse where MXNet's are."""
    @functools.wraps(create)
    def wrapper(self, index, weight):
        if not _is_sparse(weight):
            return create(self, index, weight)
        state = create(self, index, _wrap(weight.asnumpy(), weight.ctx))
        which = self._rsp_states()
        if isinstance(which, tuple):        # per state: DCASGD's momentum is dense, its weight copy row_sparse
            return type(state)(_sparse_state(s) if sparse else s for s, sparse in zip(state, which))
        return _sparse_state(state) if which else state
    return wrapper


class _Densified:
    """Writable dense stand-ins for the sparse arrays of one update call, and how to store the results back."""

    def __init__(self):
        self.pairs = []          # (sparse original, dense stand-in)

    def dense(self, x):
        """``x`` with every sparse NDArray (also inside tuples/lists) replaced by a dense copy."""
        if isinstance(x, (list, tuple)):
            return type(x)(self.dense(v) for v in x)
        if _is_sparse(x):
            stand_in = _wrap(x.asnumpy(), x.ctx)
            self.pairs.append((x, stand_in))
            return stand_in
        return x

    def store(self, all_rows, keep_rows=None):
        """Write the stand-ins back; outside ``keep_rows`` (when given) the original values stay."""
        for original, stand_in in self.pairs:
            result = stand_in._data
            if keep_rows is not None:
                result = np.where(keep_rows.reshape((-1,) + (1,) * (result.ndim - 1)), result, original.asnumpy())
            _to_stype(result, original, all_rows)


def sparse_original(optimizer, array):
    """The sparse array that ``array``, a dense stand-in handed to ``optimizer.update``, replaces (else ``array``):
    rules MXNet runs as NDArray arithmetic read it with its sparse operators (LARS's and LAMB's weight norms)."""
    return getattr(optimizer, "_sparse_originals", {}).get(id(array), array)


def note_dense_rule(optimizer, weight, ops=("broadcast_add",)):
    """MXNet's stderr notes for a rule run as NDArray arithmetic on a row_sparse weight (``weight``: its dense
    stand-in): each of ``ops`` meets a dense array and the row_sparse one and falls back to dense, and so does
    writing the dense result back into the weight."""
    original = sparse_original(optimizer, weight)
    if original is not weight:
        for op in ops:
            note_storage_fallback(op, ["default", original], ["default"], {})
        note_copy_fallback(weight, original)


def _grad_rows(grads, nrows):
    """A boolean mask of the rows the row_sparse gradients store."""
    mask = np.zeros(nrows, bool)
    for g in grads:
        mask[g.indices.asnumpy().astype(np.int64)] = True
    return mask


def update(method):
    """Wrap ``update``/``update_multi_precision`` so that sparse weights and states follow MXNet's storage rules."""
    @functools.wraps(method)
    def wrapper(self, index, weight, grad, state):
        if not _any_sparse(weight, state):
            return method(self, index, weight, grad, state)
        many = isinstance(index, (list, tuple))
        weights, grads = (list(weight), list(grad)) if many else ([weight], [grad])
        multi_precision = method.__name__ == "update_multi_precision" and self.multi_precision and \
            weights[0].dtype == np.float16
        kernel = None if multi_precision and self._mp_kernels_dense else self._rsp_kernel_of(index, state)
        native = kernel is not None and all(g.stype == "row_sparse" for g in grads)
        refused = None
        if native:
            from ..ndarray.sparse import check_all_rows        # (nd imports the optimizers)
            for w in weights:
                if w.stype == "row_sparse":
                    try:
                        check_all_rows(kernel[0], w)
                    except MXNetError as error:
                        if len(weights) > 1:
                            raise
                        refused = (w, message_of(error))
        swap = _Densified()
        dense_w, dense_s = swap.dense(weight), swap.dense(state)
        self._weight_copied = True          # MXNet's fallback kernel writes a copy, not the weight it reads
        self._sparse_originals = {id(stand_in): original for original, stand_in in swap.pairs}
        try:
            method(self, index, dense_w, grad, dense_s)
        finally:
            del self._weight_copied, self._sparse_originals
        if refused is not None:
            # MXNet's kernel refuses the weight after the update was counted: nothing is written, and the
            # weight's first read raises the refusal
            from ..ndarray.sparse_failed import failed
            failed(*refused)
            return None
        keep = _grad_rows(grads, weights[0].shape[0]) if native and kernel[1] and not many else None
        swap.store(all_rows=native, keep_rows=keep)
        if self._sparse_weight_assign_fails and any(_is_sparse(w) for w in weights):
            # the rule's ``weight[:] += ...`` updates a sparse weight in place, then assigning it back fails in
            # NDArray's item assignment (whose class the message names)
            raise TypeError(f"{class_text(swap.pairs[0][1])} does not support assignment with non-array-like object "
                            f"{weights[0]!r} of type {class_text(weights[0])}")
        return None
    return wrapper
