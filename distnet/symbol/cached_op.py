"""CachedOp: a traced HybridBlock graph replayed through the registry (what hybridize runs)."""
from ..base import MXNetError
from .graph import Program
from .infer import fill_open_shapes, has_open_shapes


class CachedOp:
    """Replays ``sym`` with the block's inputs and parameters, recording for autograd as usual."""

    def __init__(self, sym, data_names, params):
        self.program = Program(sym._heads)
        index = {name: i for i, name in enumerate(data_names)}
        self.sources = []          # per graph variable: an input position, or a Parameter
        for node in self.program.variables:
            if node.name in index:
                self.sources.append(index[node.name])
            elif node.name in params:
                self.sources.append(params[node.name])
            else:
                raise MXNetError(f"hybridize: the traced graph uses {node.name!r}, which is neither an "
                                 f"input nor a parameter of the block")
        self.num_outputs = len(sym._heads)
        self.sym = sym
        self.open_shapes = has_open_shapes(self.program)
        self.resolved_for = None

    def __call__(self, ctx, *args):
        values = [args[s] if type(s) is int else s.data(ctx) for s in self.sources]
        if self.open_shapes:
            self._resolve(values)
        return self.program.run(values)

    def _resolve(self, values):
        """Give ``zeros(shape=(0, n))``-style nodes (an RNN's begin state) the shapes these inputs imply."""
        shapes = {node.name: v.shape for node, v in zip(self.program.variables, values)}
        key = tuple(sorted(shapes.items()))
        if key != self.resolved_for:
            fill_open_shapes(self.program, self.sym, shapes)
            self.resolved_for = key


class NDCachedOp:
    """``mx.nd.CachedOp(sym)``: call with one NDArray per ``sym.list_inputs()``, in that order."""

    def __init__(self, sym, flags=()):
        self.program = Program(sym._heads)
        order = {name: i for i, name in enumerate(sym.list_inputs())}
        self.positions = [order[node.name] for node in self.program.variables]
        self.num_inputs = len(order)

    def __call__(self, *args, out=None, default_ctx=None):
        if len(args) != self.num_inputs:
            raise MXNetError(f"CachedOp takes {self.num_inputs} inputs, got {len(args)}")
        outs = self.program.run([args[i] for i in self.positions])
        if out is not None:
            targets = out if isinstance(out, (list, tuple)) else [out]
            for t, r in zip(targets, outs):
                t[:] = r
            return out
        return outs[0] if len(outs) == 1 else outs
