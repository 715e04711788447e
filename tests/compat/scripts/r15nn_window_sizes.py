"""Zero and negative window sizes (stride, dilate, kernel, num_filter, num_groups) are refused by MXNet's shape
checks in its words; shapes are checked before types; the parameter parser checks bounds in its map's order."""
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones


def attempt(label, fn):
    try:
        r = fn()
        r = r[0] if isinstance(r, (list, tuple)) else r
        print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:4])
    except Exception as e:
        print(label, "->", words(e))


for op in ["Convolution", "Deconvolution"]:
    F = getattr(nd, op)
    for key in ["stride", "dilate", "kernel"]:
        for v in [(0,), (-1,), (0, 0), (-1, -1), (0, 1), (1, 0), (-1, 2), (2, -1), (-2, 1), (0, -1)]:
            kw = {"kernel": (2,) * len(v), "num_filter": 2, "no_bias": True, key: v}
            attempt(f"{op} {key}={v}", lambda: F(o((1, 2) + (5,) * len(v)), o((2, 2) + (2,) * len(v)), **kw))
    attempt(f"{op} num_filter=-2", lambda: F(o((1, 2, 4, 4)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=-2,
                                               no_bias=True))
    attempt(f"{op} float16 data, wrong weight", lambda: F(o((1, 2, 4, 4), dtype="float16"), o((2, 2, 3, 3)),
                                                          kernel=(2, 2), num_filter=2, no_bias=True))
for v in [(-1,), (-1, -1), (-1, 2), (2, -1)]:
    attempt(f"Pooling kernel={v}", lambda: nd.Pooling(o((1, 2) + (5,) * len(v)), kernel=v))
for g in [-1, -2, -3, 1, 2]:
    attempt(f"GroupNorm num_groups={g}", lambda: nd.GroupNorm(o((2, 4, 2)), o((1,)), o((1,)), num_groups=g))
    attempt(f"GroupNorm num_groups={g} float64", lambda: nd.GroupNorm(o((2, 4, 2), dtype="float64"), o((1,)), o((1,)),
                                                                      num_groups=g))
for scale, weight in [(1, (2, 1, 2, 2)), (1, (2, 1, 1, 1))]:
    attempt(f"UpSampling float16 scale={scale} weight={weight}",
            lambda: nd.UpSampling(o((1, 2, 2, 2), dtype="float16"), o(weight), scale=scale, sample_type="bilinear",
                                  num_filter=2))
attempt("UpSampling float32 weight (2, 1, 2, 2)",
        lambda: nd.UpSampling(o((1, 2, 2, 2)), o((2, 1, 2, 2)), scale=1, sample_type="bilinear", num_filter=2))
for kw in [dict(input_dim=0, output_dim=0), dict(output_dim=0, input_dim=0), dict(input_dim=-1, output_dim=0),
           dict(output_dim=-3, input_dim=0, sparse_grad=True), dict(input_dim=0, output_dim=2)]:
    attempt(f"Embedding {kw}", lambda: nd.Embedding(o((2,)), o((2, 2)), **kw))
