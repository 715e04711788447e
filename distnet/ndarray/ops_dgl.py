"""The csr graph operators of ``nd.contrib``: stored-value counts, edge ids, adjacency, induced subgraphs,
neighbour sampling, compaction.

A graph is a csr matrix whose stored values are edge ids (int64; id 0 is a stored value too), so these
operators work on the csr parts, never on a dense view: their forwards receive a csr input as ``Csr``
parts and may return ``Csr`` parts, which become CSRNDArrays. They have no gradient, as in MXNet.
"""
import logging
import time
from collections import namedtuple

import numpy as np

from ..base import MXNetError, located, message_of
from ..util import is_np_shape
from .failures import KernelError, deliver
from .ndarray import _DTYPE_NP_TO_MX, NDArray, _wrap
from .param_text import in_operator, map_keys, read_attrs
from .registry import KEEP_CLASS, Op, _refuse_missing_inputs, defop, refuse_bad_out, unknown_argument
from .shape_text import inference_failure, zeros_are_unknown
from .sparse import CSRNDArray, _new, storage_not_implemented

Csr = namedtuple("Csr", "values indices indptr shape")


class _GraphOp(Op):
    """A registry op whose csr inputs and outputs keep their stored structure."""

    def __call__(self, *args, out=None, name=None, **attrs):
        attrs.pop("num_args", None)            # MXNet's count of the array inputs, known from args here
        if not self.variadic:
            args, out, name = self._bind_trailing(args, out, name)
            if attrs:
                self._refuse_given_twice(args, attrs)
            args = tuple(self._array_attribute(i, a) if i >= len(self.arg_names) and isinstance(a, NDArray) else a
                         for i, a in enumerate(args))      # (an attribute given by position goes as its text)
            args, attrs = self._positional_attrs(args, attrs)
        self._front_end_checks(args)
        if KEEP_CLASS:      # (mx.np arrays are refused before the parser reads the attributes)
            self._refuse_numpy_arrays(args, attrs, out)
        self._parse_attrs(args, attrs)
        refuse_bad_out(out)
        inputs = [Csr(a._values, a._aux[0], a._aux[1], a.shape) if isinstance(a, CSRNDArray)
                  else a._data if isinstance(a, NDArray) else a for a in args]
        ctx = next((a._ctx for a in args if isinstance(a, NDArray)), None)
        failed = None
        try:
            res = self.fwd(*inputs, **attrs)
        except TypeError as e:      # a missing input or an unknown keyword: MXNet's words, else Python's error
            _refuse_missing_inputs(self, len(inputs), e, attrs)
            raise
        except KernelError as e:    # found by the kernel: raised when the result is read
            e.op_name, failed, res = self.name, e, e.result
        outs = [_new(CSRNDArray, r.values, [r.indices, r.indptr], r.shape, ctx) if isinstance(r, Csr)
                else _wrap(r, ctx) for r in (res if isinstance(res, list) else [res])]
        if failed is not None:
            outs = deliver(failed, outs, None)
        return outs if len(outs) > 1 else outs[0]

    def _front_end_checks(self, args):
        """MXNet's front end asserts each input is an NDArray."""
        for i, a in enumerate(args):
            if not isinstance(a, NDArray):
                what = "Positional arguments" if self.variadic else f"Argument {self.arg_names[i]}"
                raise AssertionError(f"{what} must have NDArray type, but got {a}")

    def _parse_attrs(self, args, attrs):
        """MXNet's parser: a variadic op's input count (at least 2), then the attributes in its map's order,
        unknown ones refused."""
        if not self.variadic:
            if self.parameterless:
                attrs.clear()           # an operator without parameters ignores any attribute
            self._refuse_attrs_unread(attrs)
            if attrs:       # (the values as its parser reads them, a misformatted one refused)
                attrs.update(read_attrs(self.name, attrs, imperative=True))
            return
        given = {**attrs, "num_args": len(args)}
        known = self._parameter_names()[0]
        low, meaning = self.counted_inputs
        for key in map_keys(self.name, given, True):
            if key == "num_args" and len(args) < low:
                raise MXNetError(f"value {len(args)} for Parameter num_args should be greater equal to {low}\n"
                                 f"num_args: {meaning}{in_operator(self.name, given, True)}")
            if key != "num_args" and key not in known and key[:2] != "__":
                raise unknown_argument(self, key, given, True)
        missing = [k for k in self._parameter_names()[1] if k not in attrs]
        if missing:     # (named with the count MXNet's front end added)
            from ..symbol.enums import missing_parameter
            raise missing_parameter(self.name, missing[0], given, True)


def graph_op(name, count_words=None):
    """Register a DGL operator (forward on csr parts) as ``_contrib_<name>``; ``count_words``: a variadic one's
    description of num_args (at least 2 inputs), which MXNet's refusal of fewer quotes."""
    def register(fwd):
        op = defop("_contrib_" + name)(fwd)
        op.__class__ = _GraphOp
        op.nondifferentiable = True
        if count_words is not None:
            op.counted_inputs = (2, count_words)
        return op
    return register


def _dtype_code(a):
    return _DTYPE_NP_TO_MX[(a.values if isinstance(a, Csr) else np.asarray(a)).dtype.type]


def _check_failed(text, line, path="../src/operator/contrib/dgl_graph.cc"):
    """The error of the check at ``line`` of MXNet's DGL operators' source."""
    error = MXNetError(f"Check failed: {text} : ")
    error.raised_at = (path, line)
    return error


def _require_int64(a, index, line):
    """MXNet's type inference of a DGL operator: ``a`` (``index`` as its check names the input) holds int64."""
    if _dtype_code(a) != 6:
        raise _check_failed(f"in_attrs->at({index}) == mshadow: :kInt64 ({_dtype_code(a)} vs. 6)", line)


def _require_csr(a, check, line):
    """MXNet's storage inference of a DGL operator: ``a`` is a csr matrix (``check``: the words of its check)."""
    if not isinstance(a, Csr):      # (any other input reaches the forward as a dense array: storage type 0)
        raise _check_failed(f"{check} (0 vs. 2)", line)


def _graph(a):
    """The csr graph ``a`` (of int64 edge ids: MXNet's kernels read no other type)."""
    _require_csr(a, "in_attrs->at(0) == kCSRStorage", 957)
    return a


def _ids(a):
    return np.asarray(a).reshape(-1)


def _required(op, value, name, kind):
    if value is None:
        raise MXNetError(f"Required parameter {name} of {kind} is not presented, in operator _contrib_{op}")
    return value


def _csr_only(op, inputs, params):
    """MXNet's storage inference failure of ``op`` (edge_id logs first that it cannot dispatch) unless its data,
    the first of ``inputs``, is a csr matrix."""
    if isinstance(inputs[0], Csr):
        return
    if op == "edge_id":
        from ..io.io import core_log
        core_log("../src/operator/contrib/dgl_graph.cc:1249",
                 "Cannot dispatch edge_id storage type, only works for csr matrices")
    stypes = ["csr" if isinstance(a, Csr) else "default" for a in inputs]
    raise storage_not_implemented(f"_contrib_{op}", stypes, None, "the data must be a CSRNDArray", params)


@graph_op("getnnz")
def getnnz(data, *, axis=None):
    """The number of stored values of a csr matrix (explicit zeros count), in all or per row (axis=1), as int64."""
    if len(data.shape) != 2:        # (shapes are inferred before storage types)
        raise MXNetError(f"Check failed: in_attrs->at(0).ndim() == 2 ({len(data.shape)} vs. 2) : ")
    if axis not in (None, 0, 1):
        raise MXNetError(f"Unexpected value for axis({axis}). Candidates are None, 0, and 1")
    _csr_only("getnnz", [data], {} if axis is None else {"axis": axis})
    if axis is None:
        return np.array([data.indptr[-1]], np.int64)
    if axis == 1:
        return np.diff(data.indptr).astype(np.int64)
    if axis == 0 and data.indptr[-1] == 0:      # MXNet fills the counts of a matrix storing nothing with zeros
        return np.zeros(data.shape[1], np.int64)
    # its kernel refuses: the error waits for the counts to be read
    raise KernelError("getnnz with axis = 0 is not supported yet", np.zeros(data.shape[1], np.int64))


def _getnnz_shapes(shapes, attrs):
    """Symbols: one count, or one per row (axis 1) or column (axis 0) of the 2-D data, as MXNet infers them."""
    data = shapes[0]
    if data is None:
        return None
    axis = attrs.get("axis")
    out = (1,) if axis in (None, "None") else (data[1 - int(axis)],)
    return [tuple(data)], [(out, np.int64)]


getnnz.infer_shapes = _getnnz_shapes
getnnz.partial_shapes = True        # (one count for the whole array whatever sizes are unknown)
getnnz.infer_types = lambda types, attrs: ([types[0]], [np.int64])      # (int64 counts, the data's dtype known or not)


def _edge_id_shapes(u, v):
    """MXNet's shape inference of edge_id: u and v vectors of one known length."""
    for i, shape in ((1, u), (2, v)):
        if len(shape) != 1:
            raise MXNetError(f"Check failed: in_attrs->at({i}).ndim() == 1U ({len(shape)} vs. 1) : ")
    if u[0] != v[0]:
        raise MXNetError(f"Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0] ({u[0]} vs. {v[0]}) : ")
    if not u[0] and not is_np_shape():
        raise MXNetError("Operator _contrib_edge_id inferring shapes failed.\ninput shapes:\n"
                         + "".join(f"[{','.join(str(d or -1) for d in s)}]\n" for s in (u, v)) + "output shapes:\n[]")


@graph_op("edge_id")
def edge_id(data, u, v):
    """The stored value at each (u[i], v[i]) of a csr matrix, -1 where nothing is stored."""
    _edge_id_shapes(np.shape(u), np.shape(v))        # (shapes are inferred before storage types)
    _csr_only("edge_id", [data, u, v], {})
    rows, cols = np.asarray(u).astype(np.int64).ravel(), np.asarray(v).astype(np.int64).ravel()
    out = np.full(rows.shape, -1, data.values.dtype)
    for i, (r, c) in enumerate(zip(rows, cols)):
        if not 0 <= r < data.shape[0]:      # (MXNet reads outside its index arrays there)
            continue
        lo, hi = data.indptr[r], data.indptr[r + 1]
        hit = np.flatnonzero(data.indices[lo:hi] == c)
        if hit.size:
            out[i] = data.values[lo + hit[0]]
    return out


def _edge_id_symbol_shapes(shapes, attrs):
    """Symbols: one value per (u, v) pair, as MXNet infers it without reading the graph (whose shape may stay
    unknown); unknown (0) lengths are compared by the graph's checks (shape_needs)."""
    if shapes[1] is None or shapes[2] is None:
        return None
    if 0 not in shapes[1] + shapes[2]:
        _edge_id_shapes(shapes[1], shapes[2])
    return [None if shape is None else tuple(shape) for shape in shapes], [(tuple(shapes[1]), None)]


edge_id.infer_shapes = _edge_id_symbol_shapes
edge_id.partial_shapes = True


@graph_op("dgl_adjacency")
def dgl_adjacency(data):
    """The graph's adjacency matrix: its csr structure with every stored value 1.0 (float32)."""
    if not isinstance(data, Csr) and 0 in (data.size, data.ndim) and zeros_are_unknown():   # (shapes, then types)
        shape = data.shape or None      # (a legacy 0-d shape is unknown)
        raise inference_failure("_contrib_dgl_adjacency", [shape], [shape])
    _require_int64(data, 0, 1385)      # (MXNet's type inference runs before its storage type inference)
    if not isinstance(data, Csr):      # (MXNet's kernel refuses it, as the array is read)
        refusal = _check_failed("inputs[0].storage_type() == kCSRStorage (0 vs. 2)", 49,
                                "../src/operator/contrib/./dgl_graph-inl.h")
        empty = Csr(np.zeros(0, np.float32), np.zeros(0, np.int64), np.zeros(len(data) + 1, np.int64), data.shape)
        raise located(KernelError(message_of(refusal), empty), refusal.raised_at)
    g = data
    return Csr(np.ones(g.values.shape, np.float32), g.indices.copy(), g.indptr.copy(), g.shape)


def _rows_of(g, vertices):
    """The positions in ``g``'s stored arrays of the rows ``vertices``, and each position's row number."""
    starts, ends = g.indptr[vertices], g.indptr[vertices + 1]
    counts = ends - starts
    row = np.repeat(np.arange(len(vertices)), counts)
    pos = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
    return pos.astype(np.int64), row


def _position(sorted_ids, values):
    """Each value's index in ``sorted_ids`` and whether it is there at all."""
    pos = np.searchsorted(sorted_ids, values)
    inside = pos < len(sorted_ids)
    found = np.zeros(len(values), bool)
    found[inside] = sorted_ids[pos[inside]] == values[inside]
    return pos, found


def _csr(rows, cols, values, shape):
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=shape[0]))]).astype(np.int64)
    return Csr(values.astype(np.int64), cols.astype(np.int64), indptr, shape)


@graph_op("dgl_subgraph", "Number of input arguments, including all symbol inputs.")
def dgl_subgraph(graph, *data, return_mapping=None):
    """The subgraph induced by each sorted vertex set: new edge ids, then (return_mapping) the original ones."""
    for vertices in data:      # MXNet infers shapes, then types, then storage types
        if len(vertices.shape) != 1:
            raise _check_failed(f"in_attrs->at(i).ndim() == 1U ({len(vertices.shape)} vs. 1)", 976)
    for vertices in data:
        _require_int64(vertices, "i + 1", 1000)
    g = _graph(graph)
    return_mapping = _required("dgl_subgraph", return_mapping, "return_mapping", "boolean")
    subgraphs, mappings = [], []
    for vertices in data:
        v = _ids(vertices)
        if np.any(v[1:] < v[:-1]):
            raise MXNetError("dgl_subgraph: The input vertex list has to be sorted; sort it (np.sort) first")
        pos, row = _rows_of(g, v)
        col, found = _position(v, g.indices[pos])
        pos, row, col = pos[found], row[found], col[found]
        shape = (len(v), len(v))
        subgraphs.append(_csr(row, col, np.arange(len(pos)), shape))
        mappings.append(_csr(row, col, g.values[pos], shape))
    return subgraphs + mappings if str(return_mapping).lower() in ("1", "true") else subgraphs


@graph_op("dgl_graph_compact", "Number of input arguments.")
def dgl_graph_compact(*graph_data, return_mapping=None, graph_sizes=None):
    """Sampled subgraphs with their empty rows dropped and columns renumbered by the sampled vertex ids."""
    return_mapping = _required("dgl_graph_compact", return_mapping, "return_mapping", "boolean")
    sizes = np.atleast_1d(_required("dgl_graph_compact", graph_sizes, "graph_sizes", "tuple of <long>"))
    half = len(graph_data) // 2
    if len(graph_data) != 2 * half:
        raise _check_failed(f"num_g * 2 == in_attrs->size() ({2 * half} vs. {len(graph_data)})", 1546)
    if len(sizes) != half:      # (MXNet reads past the sizes given)
        raise MXNetError(f"dgl_graph_compact: give N csr graphs, then their N vertex-id arrays, and N graph_sizes; "
                         f"got {len(graph_data)} arrays and {len(sizes)} sizes")
    for a in graph_data:        # MXNet infers types, then storage types
        _require_int64(a, "i", 1574)
    for a in graph_data[:half]:
        _require_csr(a, "in_attrs->at(i) == kCSRStorage", 1527)
    graphs, maps = [], []
    for g, vids, n in zip(graph_data[:half], graph_data[half:], sizes.astype(np.int64)):
        vids = _ids(vids)
        if len(vids) != len(g.indptr) or vids[-1] != n:
            raise MXNetError(f"dgl_graph_compact: the vertex ids must be the sampler's output for this graph "
                             f"({len(g.indptr)} entries, the last one {n} = graph_sizes); got {len(vids)} entries "
                             f"ending in {vids[-1] if len(vids) else None}")
        nnz = int(g.indptr[n])
        col, found = _position(vids[:n], g.indices[:nnz])
        if not found.all():
            raise MXNetError(f"dgl_graph_compact: the graph has edges to vertices {g.indices[:nnz][~found].tolist()} "
                             f"that are not among the {n} sampled vertices")
        graphs.append(Csr(np.arange(nnz, dtype=np.int64), col.astype(np.int64), g.indptr[:n + 1].copy(), (n, n)))
        maps.append(Csr(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(n + 1, np.int64), (n, n)))
    return graphs + maps if str(return_mapping).lower() in ("1", "true") else graphs


# ---- neighbour sampling ------------------------------------------------------------------------
def _pick_uniform(rng, weights, k):
    return np.sort(rng.choice(len(weights), k, replace=False))


def _pick_weighted(rng, weights, k):
    """``k`` positions drawn one after another with probability proportional to ``weights``, without replacement."""
    w = np.asarray(weights, np.float64).copy()
    picked = []
    for _ in range(k):
        i = int(np.searchsorted(np.cumsum(w), rng.uniform(0, w.sum()), side="right"))
        i = min(i, len(w) - 1)
        picked.append(i)
        w[i] = 0
    return np.array(picked, np.int64)


def _sample(g, seeds, probability, num_hops, num_neighbor, max_num_vertices, rng):
    """One breadth-first sampled subgraph: (vertex ids + count, csr rows by vertex, layers[, probabilities])."""
    if max_num_vertices < len(seeds):
        raise MXNetError(f"dgl sampling: max_num_vertices ({max_num_vertices}) must be at least the number of "
                         f"seeds ({len(seeds)})")
    layer = {}
    order = []
    for s in seeds.tolist():
        if s not in layer:
            layer[s] = 0
            order.append(s)
    edges = {}                  # expanded vertex -> (sampled neighbours, their edge ids)
    head = 0
    while head < len(order) and len(layer) < max_num_vertices:
        v = order[head]
        head += 1
        if layer[v] >= num_hops:
            continue
        lo, hi = g.indptr[v], g.indptr[v + 1]
        cols, ids = g.indices[lo:hi], g.values[lo:hi]
        if hi - lo > num_neighbor:
            if probability is None:
                keep = _pick_uniform(rng, cols, num_neighbor)
                cols, ids = cols[keep], ids[keep]
            else:                   # MXNet sorts the picked vertices and the picked edge ids each on its own
                keep = _pick_weighted(rng, probability[cols], num_neighbor)
                cols, ids = np.sort(cols[keep]), np.sort(ids[keep])
        edges[v] = (cols, ids)
        for c in cols.tolist():
            if len(layer) >= max_num_vertices:
                break
            if c not in layer:
                layer[c] = layer[v] + 1
                order.append(c)
    if any(layer[v] < num_hops for v in order[head:]):
        logging.warning("The sampling is truncated because we have reached the max number of vertices. "
                        "Please use a smaller number of seeds or a small neighborhood")
    vertices = np.array(sorted(layer), np.int64)
    n = len(vertices)
    ids_out = np.full(max_num_vertices + 1, -1, np.int64)
    ids_out[:n] = vertices
    ids_out[-1] = n
    layers = np.zeros(max_num_vertices, np.int64)
    layers[:n] = [layer[v] for v in vertices.tolist()]
    parts = [edges.get(v, (np.zeros(0, np.int64),) * 2) for v in vertices.tolist()]
    counts = [len(c) for c, _ in parts] + [0] * (max_num_vertices - n)
    cat = (lambda xs: np.concatenate(xs).astype(np.int64)) if parts else (lambda xs: np.zeros(0, np.int64))
    sub = Csr(cat([e for _, e in parts]), cat([c for c, _ in parts]),
              np.concatenate([[0], np.cumsum(counts)]).astype(np.int64), (max_num_vertices, g.shape[1]))
    if probability is None:
        return ids_out, sub, layers
    probs = np.zeros(max_num_vertices, np.float32)
    probs[:n] = probability[vertices]
    return ids_out, sub, probs, layers


def _check_sampler_ranks(csr_matrix, probability, seed_arrays):
    """MXNet's shape inference of the neighbour samplers, which runs before their storage check: a matrix graph,
    a vector of probabilities, vectors of seeds (a legacy 0-d one of unknown rank, -1)."""
    def rank(a):
        return len(a.shape) if len(a.shape) or is_np_shape() else -1
    uniform = probability is None
    checks = [(0, 2, csr_matrix, 259 if uniform else 308)] + ([] if uniform else [(1, 1, probability, 312)])
    first_seed = "1 + i" if uniform else "2 + i"
    checks += [(first_seed, 1, seeds, 264 if uniform else 316) for seeds in seed_arrays]
    for index, wanted, a, line in checks:
        if rank(a) != wanted:
            raise _check_failed(f"in_attrs->at({index}).ndim() == {wanted}U ({rank(a)} vs. {wanted})", line)


def _sampled(op, csr_matrix, probability, seed_arrays, num_hops, num_neighbor, max_num_vertices):
    _check_sampler_ranks(csr_matrix, probability, seed_arrays)
    _require_csr(csr_matrix, "in_attrs->at(0) == mxnet: :kCSRStorage", 208 if probability is not None else 163)
    if probability is not None:
        probability = np.asarray(probability, np.float32).reshape(-1)
    g = csr_matrix
    seeds = [_ids(s) for s in seed_arrays]
    if not seeds:
        raise MXNetError(f"{op}: give at least one array of seed vertices after the graph")
    rng = np.random.RandomState(int(time.time()) & 0xFFFFFFFF)     # MXNet seeds its sampler with the time
    results = [_sample(g, s, probability, int(num_hops), int(num_neighbor), int(max_num_vertices), rng)
               for s in seeds]
    return [r[k] for k in range(len(results[0])) for r in results]     # all ids, then all graphs, ...


@graph_op("dgl_csr_neighbor_uniform_sample", "Number of input NDArray.")
def dgl_csr_neighbor_uniform_sample(csr_matrix, *seed_arrays, num_hops=1, num_neighbor=2, max_num_vertices=100):
    """Subgraphs sampled breadth-first from each seed array, up to ``num_neighbor`` neighbours per vertex."""
    return _sampled("dgl_csr_neighbor_uniform_sample", csr_matrix, None, seed_arrays, num_hops, num_neighbor,
                    max_num_vertices)


@graph_op("dgl_csr_neighbor_non_uniform_sample", "Number of input NDArray.")
def dgl_csr_neighbor_non_uniform_sample(csr_matrix, probability, *seed_arrays, num_hops=1, num_neighbor=2,
                                        max_num_vertices=100):
    """As the uniform sampler, neighbours drawn with the vertices' ``probability`` weights; also returns them."""
    return _sampled("dgl_csr_neighbor_non_uniform_sample", csr_matrix, probability, seed_arrays, num_hops,
                    num_neighbor, max_num_vertices)
