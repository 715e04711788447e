"""CachedOp: a traced HybridBlock graph replayed through the registry (what hybridize runs)."""
from ..base import MXNetError
from .graph import Program


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

    def __call__(self, ctx, *args):
        values = [args[s] if type(s) is int else s.data(ctx) for s in self.sources]
        return self.program.run(values)
