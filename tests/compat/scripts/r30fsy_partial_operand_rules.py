"""infer_shape_partial of operators reading several operands: linalg.gemm's output is the product's shape (C takes it where unknown, a C that disagrees is refused), BilinearSampler and SpatialTransformer wait for every size, khatri_rao multiplies unknown row counts as -1."""
# recorded on AVX2
import re
import warnings

from mxnet import sym

warnings.simplefilter("ignore")
x, y, z = sym.var("x"), sym.var("y"), sym.var("z")


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1][:200])


for shapes in [dict(x=(0, 3), y=(3, 4), z=(2, 4)), dict(x=(2, 3), y=(3, 4)), dict(x=(2, 3), y=(3, 4), z=(0, 4)),
               dict(x=(0, 3), y=(3, 4), z=(0, 4)), dict(x=(0, 3), y=(3, 0), z=(2, 4)), dict(x=(2, 3), y=(3, 4), z=(2, 5)),
               dict(x=(0, 3), y=(3, 4), z=(2, 5)), dict(z=(2, 4)), dict(x=(2, 3), z=(2, 4))]:
    show(f"gemm {shapes}", lambda: sym.linalg.gemm(x, y, z).infer_shape_partial(**shapes))
for data in [(1, 2, 4, 4), (0, 2, 4, 4), None]:
    for grid in [(1, 2, 3, 3), (0, 2, 3, 3), None]:
        given = {k: v for k, v in (("x", data), ("y", grid)) if v is not None}
        show(f"bilinear {given}", lambda: sym.BilinearSampler(x, y).infer_shape_partial(**given))
    for loc in [(1, 6), (0, 6), None]:
        given = {k: v for k, v in (("x", data), ("y", loc)) if v is not None}
        show(f"spatial {given}", lambda: sym.SpatialTransformer(x, y, target_shape=(3, 3), transform_type="affine",
                                                                 sampler_type="bilinear").infer_shape_partial(**given))
for lhs, rhs in [((2, 3), (4, 3)), ((2, 3), (4, 0)), ((2, 3), (4, 5)), ((2, 3), (0, 3)), ((0, 3), (4, 3)), ((0, 3), (0, 3)), ((0, 0), (4, 3))]:
    show(f"khatri_rao {lhs} {rhs}", lambda: sym.khatri_rao(x, y).infer_shape_partial(x=lhs, y=rhs))
show("khatri_rao three", lambda: sym.khatri_rao(x, y, z).infer_shape_partial(x=(0, 3), y=(0, 3), z=(0, 3)))
