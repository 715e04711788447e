"""depth_to_space and space_to_depth infer from partly known data with C's arithmetic on unknown (-1) sizes."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for op in ("space_to_depth", "depth_to_space"):
    for block in (1, 2, 3):
        sym = getattr(S, op)(S.var("a"), block_size=block, name="sd")
        for shape in [(2, 4, 6, 6), (0, 4, 6, 6), (2, 0, 6, 6), (2, 4, 0, 6), (2, 4, 6, 0), (0, 0, 0, 0),
                      (2, 8, 4, 3), (2, 9, 3, 0), (2, 4, 6), (2, 18, 0, 0)]:
            attempt(f"{op} block={block} {shape}", lambda: sym.infer_shape_partial(a=shape))
sorted_ = S.sort(S.var("a"), name="so")
attempt("sort without axis bound for training", lambda: sorted_.simple_bind(mx.cpu(), a=(3, 4)))
attempt("sort without axis bound for inference", lambda: sorted_.simple_bind(mx.cpu(), a=(3, 4), grad_req="null")
        .outputs[0].shape)
