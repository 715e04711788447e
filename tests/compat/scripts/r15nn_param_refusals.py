"""Legacy nn operators refuse a missing required parameter (with the attributes given, num_args stated by the
operator for UpSampling), a wrong input count, an even LRN window off oneDNN and norm parameters of the wrong
size with MXNet's words, the kernel's refusals when the result is read."""
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones


def attempt(label, fn):
    try:
        r = fn()
        r = r[0] if isinstance(r, list) else r
        print(label, "->", r.shape, r.asnumpy().round(4).ravel().tolist()[:6])
    except Exception as e:
        print(label, "->", words(e))


attempt("fc no num_hidden", lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), o((4,)), flatten=False))
attempt("fc no num_hidden 2", lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), no_bias=True, flatten=True))
attempt("fc bias given no_bias", lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), o((4,)), no_bias=True, num_hidden=4))
attempt("fc bias missing", lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), num_hidden=4))
for kw in [dict(alpha=0.1, beta=0.2, knorm=1), dict(knorm=1, alpha=0.1), {}]:
    attempt(f"lrn {kw}", lambda: nd.LRN(o((2, 3, 1, 1)), **kw))
for shape, n, dtype in [((2, 3), 2, "float32"), ((2, 3, 2, 2), 4, "float32"), ((2, 3), 2, "float16"),
                        ((2, 3, 4), 2, "float32"), ((2, 3, 4, 4), 4, "float64"), ((2, 3, 4, 4), 3, "float64"),
                        ((2, 3, 4), 3, "float32"), ((3,), 2, "float32"), ((3,), 2, "float64")]:
    x = nd.array(nd.arange(6 * 32).reshape(-1)[:int(nd.ones(shape).size)].reshape(shape) * 0.1, dtype=dtype)
    attempt(f"lrn {shape} nsize={n} {dtype}", lambda: nd.LRN(x, nsize=n, alpha=0.5))
for kw in [dict(sample_type="bilinear", num_filter=1), dict(sample_type="nearest"), dict(scale=2),
           dict(sample_type="nearest", workspace=10), dict(sample_type="nearest", workspace=10, multi_input_mode="sum"),
           dict(sample_type="nearest", num_filter=3, workspace=10, multi_input_mode="sum")]:
    attempt(f"upsampling {kw}", lambda: nd.UpSampling(o((1, 1, 2, 2)), **kw))
attempt("upsampling bilinear one input", lambda: nd.UpSampling(o((1, 1, 2, 2)), scale=2, sample_type="bilinear",
                                                               num_filter=1))
attempt("upsampling num_args", lambda: nd.UpSampling(o((1, 1, 2, 2)), o((1, 1, 4, 4)), scale=2,
                                                     sample_type="nearest", num_args=3))
for g, b in [((4,), (4,)), ((2,), (4,)), ((4,), (2,)), ((1, 2), (2,))]:
    attempt(f"groupnorm {g} {b}", lambda: nd.GroupNorm(o((2, 4, 2)), o(g), o(b), num_groups=2))
attempt("groupnorm mean_var", lambda: nd.GroupNorm(o((2, 4, 2)), o((3,)), o((3,)), num_groups=2,
                                                   output_mean_var=True))
for g, b in [((4,), (3,)), ((3,), (4,)), ((1, 3), (3,))]:
    attempt(f"instancenorm {g} {b}", lambda: nd.InstanceNorm(o((2, 3, 2)), o(g), o(b)))
