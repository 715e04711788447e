"""Initializers writing numpy values into sparse arrays warn as MXNet; sparse slice assignment errors keep its words."""
import warnings
import mxnet as mx

for stype in ("row_sparse", "csr"):
    mx.random.seed(3)
    arr = mx.nd.zeros((3, 3)).tostype(stype)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mx.init.Orthogonal(1.0, "normal")(mx.init.InitDesc("w_weight"), arr)
    print(stype, arr.stype, [(c.category.__name__, str(c.message)) for c in caught])
    try:
        arr[1:] = 0
    except ValueError as e:
        print("ValueError", e)
