"""Hybridized image transforms called again after a refusal: the input shapes of a failed shape inference are
kept (without shapes), so the same shapes with other dtypes fail in memory planning, with the same dtypes in the
kept plan; other shapes infer afresh."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon.data.vision import transforms as T
from _words import words

BLOCKS = [("ToTensor", lambda: T.ToTensor()), ("Normalize", lambda: T.Normalize(0.5, 0.25)),
          ("Normalize3", lambda: T.Normalize((0.1, 0.2, 0.3), (0.5, 0.6, 0.7))), ("Resize", lambda: T.Resize(3)),
          ("CenterCrop", lambda: T.CenterCrop(2)), ("CropResize", lambda: T.CropResize(1, 1, 2, 2)),
          ("CropResizeBig", lambda: T.CropResize(0, 0, 20, 20)),
          ("Compose", lambda: T.Compose([T.Resize(4), T.ToTensor(), T.Normalize(0.5, 0.2)]))]
CALLS = [((5, 4), "uint8"), ((5, 4), "uint8"), ((5, 4), "float32"), ((4, 5, 3), "uint8"), ((3, 4, 5), "float32"),
         ((5, 4), "float32"), ((5, 4), "uint8"), ((5, 4), "float64"), ((4, 5, 3), "float64"), ((3, 2), "float64"),
         ((3, 2), "uint8"), ((3, 2), "uint8"), ((2, 4, 5, 3), "uint8"), ((4, 5, 3), "float32")]

for name, make in BLOCKS:
    block = make()
    block.hybridize()
    for shape, dtype in CALLS:
        x = mx.nd.arange(0, mx.nd.zeros(shape).size).reshape(shape).astype(dtype) % 251
        try:
            y = block(x)
            print(name, shape, dtype, "->", y.shape, y.dtype.__name__, round(float(y.sum().asscalar()), 3))
        except Exception as e:
            print(name, shape, dtype, "->", words(e))

# a type inference failing on the kept shapes: its words come first
class Shifted(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.image.to_tensor(x) + y


block = Shifted()
block.hybridize()
for (s1, d1), (s2, d2) in [(((5, 4), "uint8"), ((1,), "float32")), (((5, 4), "uint8"), ((1,), "float64")),
                           (((5, 4), "uint8"), ((1,), "float32")), (((4, 5, 3), "uint8"), ((1,), "float32"))]:
    try:
        print("Shifted", s1, d1, s2, d2, "->", block(mx.nd.ones(s1, dtype=d1), mx.nd.ones(s2, dtype=d2)).shape)
    except Exception as e:
        print("Shifted", s1, d1, s2, d2, "->", words(e))

# a refused type inference keeps the input dtypes without dtypes: the same dtypes again fail in memory planning
# (dtypes looked for before shapes), unless new shapes are refused by the shape inference that runs first
SEQUENCE = [((2, 5), "float64"), ((3, 4), "float32"), ((2, 3, 4), "float32"), ((2, 3, 4), "float64"),
            ((2, 5), "float64"), ((2, 3, 4), "float64"), ((2, 5), "float32"), ((2, 5), "float64"), ((4, 5), "float64"),
            ((4, 5), "float16"), ((4, 5), "float32"), ((2, 5), "float16")]
for name, make in [("Dense deferred", lambda: mx.gluon.nn.Dense(3)), ("Dense", lambda: mx.gluon.nn.Dense(3, in_units=5)),
                   ("dot", lambda: mx.gluon.nn.HybridLambda(lambda F, x: F.dot(x, F.ones((5, 2)))))]:
    block = make()
    block.initialize()
    block.hybridize()
    for shape, dtype in SEQUENCE:
        try:
            y = block(mx.nd.ones(shape, dtype=dtype))
            print(name, shape, dtype, "->", y.shape, y.dtype.__name__)
        except Exception as e:
            print(name, shape, dtype, "->", words(e))

# the memory plan kept from a success is run again (reading the dtypes, then the shapes, it lacks); a success with
# new shapes or dtypes drops the plans of both autograd modes
for steps in [[((2, 5), "float32", 0), ((2, 5), "float64", 0), ((2, 5), "float64", 0)],
              [((2, 5), "float32", 0), ((3, 4), "float32", 0), ((3, 4), "float64", 0), ((3, 4), "float64", 0),
               ((3, 4), "float32", 0)],
              [((2, 5), "float32", 0), ((3, 5), "float32", 1), ((3, 4), "float32", 0), ((3, 4), "float32", 0),
               ((3, 4), "float32", 1), ((2, 5), "float64", 1), ((2, 5), "float64", 1), ((2, 5), "float64", 0)]]:
    block = mx.gluon.nn.Dense(3, in_units=5)
    block.initialize()
    block.hybridize()
    for shape, dtype, recording in steps:
        try:
            with mx.autograd.record(recording):
                y = block(mx.nd.ones(shape, dtype=dtype))
            print("Dense", shape, dtype, recording, "->", y.shape)
        except Exception as e:
            print("Dense", shape, dtype, recording, "->", words(e))
