"""``Block.save``/``Block.load``: the block tree (names, traced graphs) as JSON beside the parameters."""
import json


def _key(block, counter):
    return type(block).__name__.lower() + str(counter[0])


def save_model(block, prefix):
    """Write ``prefix-model.json`` (each block's name, children and traced graph) and ``prefix-model.params``."""
    from .block import HybridBlock
    model, counter = {}, [0]

    def visit(blk, structure):
        entry = {"orig_name": blk.name}
        structure[_key(blk, counter)] = entry
        if isinstance(blk, HybridBlock):
            if blk._cached_graph:           # (MXNet's key order: the graph, then "hybridized")
                inputs, out = blk._cached_graph
                entry.update(in_format=blk._in_format, out_format=blk._out_format,
                             inputs=[s.tojson() for s in inputs], symbol=out.tojson())
            entry["hybridized"] = bool(blk._cached_graph)
        children = entry["children"] = {}
        for attr, child in blk._children.items():
            counter[0] += 1
            children[child.name] = attr
            visit(child, entry)             # a child's entry sits inside its parent's, beside "children"

    visit(block, model)
    with open(prefix + "-model.json", "w") as fp:
        json.dump(model, fp)
    block.save_parameters(prefix + "-model.params")


def load_model(block, prefix):
    """Give a block built in the same order the saved names and graphs, then load ``prefix-model.params``.

    The model is not rebuilt from the file: a block hybridized when saved gets its saved graph back (and is
    hybridized), whose inputs are the saved parameter names; its parameters are filed under those names.
    """
    from .block import HybridBlock
    from ..symbol import load_json
    with open(prefix + "-model.json") as fp:
        model = json.load(fp)
    counter = [0]

    def visit(blk, structure):
        entry = structure[_key(blk, counter)]
        blk._name = entry["orig_name"]
        if isinstance(blk, HybridBlock) and entry["hybridized"]:
            blk._in_format, blk._out_format = entry["in_format"], entry["out_format"]
            blk._cached_graph = [load_json(s) for s in entry["inputs"]], load_json(entry["symbol"])
            blk._np_graph = False           # a graph read from JSON is a legacy symbol
            blk._active = True
        own = blk.params
        for old in list(own._params):
            own._params[blk.name + "_" + old[len(own.prefix):]] = own._params.pop(old)
        for child in blk._children.values():
            counter[0] += 1
            visit(child, entry)
        for attr in list(blk._children):
            child = blk._children.pop(attr)
            blk._children[entry["children"][child.name]] = child

    visit(block, model)
    block.load_parameters(prefix + "-model.params")
