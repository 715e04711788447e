"""The graph pass behind ``amp.convert_symbol``: a float32 graph rewritten with ``amp_cast`` and
``amp_multicast`` nodes so that listed operators run in float16 (or bfloat16), as MXNet 1.9.1's
``ReducePrecision`` pass does.

Nodes are visited inputs first. Each output entry of the new graph has a kind: ``VAR`` (a graph input, of
unknown type), ``FP32`` (made by an operator kept in float32), ``LOW`` (made in the target type) or
``UNKNOWN`` (its type follows inputs of unknown type). An operator

* in ``fp32_ops`` or excluded by name reads its inputs in float32: ``LOW`` and ``UNKNOWN`` entries get a
  float32 cast (graph inputs do not); one matching a conditional rule casts graph inputs too; its outputs
  are ``FP32``;
* in ``target_dtype_ops`` reads its array inputs in the target type (cast unless already ``LOW``), except
  the ones its type rule keeps in float32 (BatchNorm's parameters); its outputs are ``LOW``;
* in ``widest_dtype_ops`` runs in the target type when every input is ``LOW`` (a graph input already
  cast to it counts so, read through that cast), in float32 when an input is ``FP32`` and the others ``FP32``
  or ``LOW`` (any entry already cast to float32 for another reader counts as ``FP32``), and otherwise
  behind one ``amp_multicast`` of all its inputs (outputs ``UNKNOWN``);
* of any other kind runs in the target type when an input is ``LOW`` (or is a graph input already cast
  for another reader, which MXNet then passes uncast), else as it is, its outputs ``FP32`` when its first
  input is and the others are ``FP32`` or graph inputs, else ``UNKNOWN`` when an input is ``VAR`` or
  ``UNKNOWN``.

Casts are made once per entry and target type and named ``<node>[_<output>]_amp_cast_<dtype>``; the
graph's outputs are cast back to float32 unless they are ``VAR`` or ``FP32``.
"""
from ..quantization.graph_pass import _Node, graph_order, listed_output_name

VAR, FP32, LOW, UNKNOWN = "var", "fp32", "low", "unknown"
# inputs an operator's type rule keeps in float32 when its data is in a low precision type
_FLOAT32_INPUTS = {"BatchNorm": (1, 2, 3, 4), "BatchNorm_v1": (1, 2, 3, 4), "_contrib_SyncBatchNorm": (1, 2, 3, 4),
                   "_contrib_BatchNormWithReLU": (1, 2, 3, 4), "InstanceNorm": (1, 2), "LayerNorm": (1, 2),
                   "GroupNorm": (1, 2)}
# outputs that stay float32 in those operators (their mean/variance)
_FLOAT32_OUTPUTS = {"BatchNorm": (1, 2), "BatchNorm_v1": (1, 2), "_contrib_SyncBatchNorm": (1, 2),
                    "_contrib_BatchNormWithReLU": (1, 2), "LayerNorm": (1, 2), "GroupNorm": (1, 2)}
_CASTS = ("amp_cast", "Cast", "cast")


class _Entry:
    """One output of a node of the new graph, its kind, and the casts made of it."""

    def __init__(self, node, index, kind):
        self.node, self.index, self.kind = node, index, kind
        self.casts = {}

    def suffix(self):
        return "" if self.node.is_variable else "_" + listed_output_name(self.node, self.index)

    def as_type(self, dtype):
        """This entry in ``dtype`` (a cast node made once)."""
        if dtype not in self.casts:
            cast = _Node("amp_cast", f"{self.node.name}{self.suffix()}_amp_cast_{dtype}", {"dtype": dtype},
                         [(self.node, self.index, 0)])
            self.casts[dtype] = (cast, 0, 0)
        return self.casts[dtype]

    @property
    def plain(self):
        return (self.node, self.index, 0)


class ReducePrecision:
    """One conversion: ``run(heads)`` returns the new heads."""

    def __init__(self, target_dtype, target_ops, fp32_ops, widest_ops, conditional_ops, excluded_names):
        self.dtype = target_dtype
        self.target_ops, self.fp32_ops, self.widest_ops = set(target_ops), set(fp32_ops), set(widest_ops)
        self.conditional = conditional_ops      # [(op, attribute, [values])]
        self.excluded = set(excluded_names)
        self.entries = {}                       # (id(old node), index) -> _Entry
        self.low_inputs = set()                 # graph inputs read uncast by a node running in low precision

    def run(self, heads):
        for node in graph_order(heads):
            self._convert(node)
        return [self._as_fp32(self.entries[(id(n), i)])[:2] for n, i in heads]

    # ---- one node ----------------------------------------------------------------------------------------
    def _convert(self, node):
        new = _Node(node.op, node.name, node.attrs)
        ins = [self.entries[(id(src), idx)] for src, idx, _ in node.inputs]
        if node.is_variable:
            kinds = [VAR]
        elif node.name in self.excluded:        # before the conditional rules: an excluded node casts no input
            new.inputs = [self._as_fp32(e) for e in ins]
            kinds = [FP32]
        elif self._conditional(node):           # MXNet casts even graph inputs here
            new.inputs = [e.plain if e.kind == FP32 else e.as_type("float32") for e in ins]
            kinds = [FP32]
        elif node.op in self.fp32_ops:
            new.inputs = [self._as_fp32(e) for e in ins]
            kinds = [FP32]
        elif node.op in self.target_ops:
            kinds = self._low(node, new, ins, lambda e: e.as_type(self.dtype))
        elif node.op in self.widest_ops:
            kinds = self._widest(node, new, ins)
        else:
            kinds = self._neutral(node, new, ins)
        for index in range(_num_outputs(node)):
            self.entries[(id(node), index)] = _Entry(new, index, kinds[min(index, len(kinds) - 1)])

    def _conditional(self, node):
        return any(op == node.op and str(node.attrs.get(attr)) in values for op, attr, values in self.conditional)

    def _as_fp32(self, entry):
        return entry.as_type("float32") if entry.kind in (LOW, UNKNOWN) else entry.plain

    def _low(self, node, new, ins, lowered):
        """``node`` in the target type: each input through ``lowered`` unless its type rule keeps it float32."""
        keep = _FLOAT32_INPUTS.get(node.op, ())
        new.inputs = [e.plain if i in keep or e.kind == LOW else lowered(e) for i, e in enumerate(ins)]
        if node.op in _CASTS:
            return [LOW if str(node.attrs.get("dtype")) == self.dtype else FP32]
        fp32_outputs = _FLOAT32_OUTPUTS.get(node.op, ())
        return [FP32 if i in fp32_outputs else LOW for i in range(_num_outputs(node))]

    def _widest(self, node, new, ins):
        # an entry already cast for another reader is read through that cast: a graph input cast to the
        # target type counts as LOW, any entry cast to float32 (a low precision one too) as FP32
        precast = [e.kind == VAR and self.dtype in e.casts for e in ins]
        kinds = {LOW if cast else FP32 if "float32" in e.casts else e.kind
                 for e, cast in zip(ins, precast)}
        if not ins or (FP32 in kinds and kinds <= {FP32, LOW}):     # (graph inputs cast too)
            new.inputs = [e.plain if e.kind == FP32 else e.as_type("float32") for e in ins]
            return [FP32]
        if kinds == {LOW}:
            new.inputs = [e.as_type(self.dtype) if cast else e.plain for e, cast in zip(ins, precast)]
            return [LOW]
        first = ins[0]
        multicast = _Node("amp_multicast", f"{first.node.name}{first.suffix()}_amp_multicast",
                          {"num_outputs": str(len(ins))}, [e.plain for e in ins])
        new.inputs = [(multicast, i, 0) for i in range(len(ins))]
        return [UNKNOWN]

    def _neutral(self, node, new, ins):
        if node.op not in ("amp_cast", "amp_multicast") and any(
                e.kind == LOW or (e.kind == VAR and self.dtype in e.casts) for e in ins):
            keep = _FLOAT32_INPUTS.get(node.op, ())
            self.low_inputs.update(e.node.name for i, e in enumerate(ins) if e.kind == VAR and i not in keep)
            return self._low(node, new, ins, lambda e: e.plain if e.kind == VAR else e.as_type(self.dtype))
        new.inputs = [e.plain for e in ins]
        # float32 data with graph inputs beside it (BatchNorm's parameters) stays float32, as MXNet infers; so
        # does data of unknown type already cast to float32 for another reader
        if ins and ins[0].kind == UNKNOWN and "float32" in ins[0].casts:
            return [FP32]
        if ins and ins[0].kind == FP32 and all(e.kind in (FP32, VAR) for e in ins):
            return [FP32]
        return [UNKNOWN if any(e.kind in (VAR, UNKNOWN) for e in ins) else FP32]


def _num_outputs(node):
    from ...symbol.symbol import _NUM_OUTPUTS
    from ...symbol.graph import attr_from_str
    rule = _NUM_OUTPUTS.get(node.op)
    return rule({k: attr_from_str(v) for k, v in node.attrs.items()}) if rule else 1


def offline_casts(heads, params, dtype):
    """Parameters in ``params`` cast to ``dtype`` are stored in it: their cast's readers read them directly
    (as in MXNet, so do their other readers); returns the names of those parameters."""
    readers = {}
    for node in graph_order(heads):
        for k, (src, idx, ver) in enumerate(node.inputs):
            readers.setdefault(id(src), []).append((node, k))
    cast_offline = set()
    for node in graph_order(heads):
        if not node.is_variable or node.name not in params:
            continue
        casts = [r for r, _ in readers.get(id(node), []) if r.op == "amp_cast" and r.attrs.get("dtype") == dtype]
        if not casts:
            continue
        for cast in casts:
            for reader, k in readers.get(id(cast), []):
                reader.inputs[k] = (node, 0, 0)
        cast_offline.add(node.name)
    return cast_offline
