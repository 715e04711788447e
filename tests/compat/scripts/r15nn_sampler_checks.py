"""GridGenerator, BilinearSampler, SpatialTransformer and Correlation check shapes before types, in MXNet's
order and words; enumerated attributes refused in the parser's map order."""
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones


def attempt(label, fn):
    try:
        r = fn()
        r = r[0] if isinstance(r, (list, tuple)) else r
        print(label, "->", r.shape, r.dtype.__name__, r.asnumpy().round(4).ravel().tolist()[:4])
    except Exception as e:
        print(label, "->", words(e))


for dt in ["float32", "float64", "int32"]:
    for shape in [(2,), (1, 6), (1, 5), (2, 6, 1), (1, 2, 3, 3), (1, 3, 3, 3)]:
        for tt, ts in [("affine", (2, 2)), ("affine", (0, 2)), ("affine", (2, 0)), ("warp", None)]:
            kw = {"transform_type": tt} if ts is None else {"transform_type": tt, "target_shape": ts}
            attempt(f"grid {dt} {shape} {kw}", lambda: nd.GridGenerator(o(shape, dtype=dt) * 0.5, **kw))
for dt, dt2 in [("int32", "int32"), ("float64", "float64"), ("float32", "float64"), ("float16", "float16")]:
    for d, g in [((1, 2, 3, 3), (1, 2, 2, 2)), ((1, 2, 3), (1, 2, 2, 2)), ((1, 2, 3, 3), (1, 2, 2)),
                 ((1, 2, 3, 3), (1, 3, 2, 2)), ((2, 2, 3, 3), (1, 2, 2, 2))]:
        attempt(f"sampler {dt} {dt2} {d} {g}", lambda: nd.BilinearSampler(o(d, dtype=dt), o(g, dtype=dt2) * 0.5))
    for d, loc in [((1, 2, 3, 3), (1, 6)), ((1, 2, 3), (1, 6)), ((1, 2, 3, 3), (1, 5)), ((1, 2, 3, 3), (2, 6)),
                   ((1, 2, 3, 3), (1, 6, 1))]:
        for ts in [(2, 2), (0, 2)]:
            attempt(f"transformer {dt} {dt2} {d} {loc} {ts}",
                    lambda: nd.SpatialTransformer(o(d, dtype=dt), o(loc, dtype=dt2) * 0.5, target_shape=ts,
                                                  transform_type="affine", sampler_type="bilinear"))
    for a, b in [((1, 2, 5, 5), (1, 2, 5, 5)), ((1, 5), (1, 2, 5, 5)), ((1, 2, 5, 5), (2,)),
                 ((1, 2, 5, 5), (1, 2, 4, 5))]:
        for kw in [dict(), dict(stride1=0), dict(max_displacement=4, kernel_size=3)]:
            attempt(f"correlation {dt} {dt2} {a} {b} {kw}",
                    lambda: nd.Correlation(o(a, dtype=dt), o(b, dtype=dt2), **kw))
attempt("transformer two bad enums", lambda: nd.SpatialTransformer(o((1, 2, 3, 3)), o((1, 6)), target_shape=(2, 2),
                                                                    transform_type="bad", sampler_type="bad"))
for kw in [dict(in_format="bad"), dict(coord_start=2, score_index=1, id_index=0, in_format="bad"),
           dict(out_format="bad", in_format="bad")]:
    attempt(f"box_nms {kw}", lambda: nd.contrib.box_nms(o((3, 6)), **kw))
attempt("box_iou format", lambda: nd.contrib.box_iou(o((3, 4)), o((2, 4)), format="bad"))
