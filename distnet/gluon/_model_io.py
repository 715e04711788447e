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
            entry["hybridized"] = bool(blk._cached_graph)
            if blk._cached_graph:
                inputs, out = blk._cached_graph
                entry.update(in_format=blk._in_format, out_format=blk._out_format,
                             inputs=[s.tojson() for s in inputs], symbol=out.tojson())
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
    """Give a block built in the same order the saved names, then load ``prefix-model.params``.

    The model is not rebuilt from the file; traced graphs are traced again at the next call.
    """
    with open(prefix + "-model.json") as fp:
        model = json.load(fp)
    counter = [0]

    def visit(blk, structure):
        entry = structure[_key(blk, counter)]
        blk._name = entry["orig_name"]
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
