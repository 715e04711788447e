"""An out= array of another shape given to where or to a sampler of array parameters: where's shape inference fails listing input and output shapes and the given attributes; a sampler fails so unless the out= shape less the shape attribute's dimensions is its parameters' shape, and then finds the shape inconsistent."""
import mxnet as mx
nd=mx.nd
lo=nd.array([0,1.]); hi=nd.array([1,2.])
for shape, out in ((None,(3,)), (None,(2,2)), (None,(1,2)), (2,(2,3)), (2,(3,)), ((2,),(2,3)), ((3,),(2,2)), ((3,),(2,4)), ((3,),(2,)), ((1,3),(2,1,4)), ((1,3),(2,2,3)), ((1,3),(2,2))):
    kw={} if shape is None else {'shape': shape}
    try: print(shape, out, nd.sample_uniform(lo, hi, out=nd.zeros(out), **kw).shape)
    except Exception as e: print(shape, out, repr(str(e)))
x = nd.array([[1., -2, 3], [0.5, 4, -1]])
for f in (lambda: nd.where(x > 0, x, -x, out=nd.zeros((3, 2))),
          lambda: nd.where(nd.array([1, 0]), x, -x, out=nd.zeros((2, 4))),
          lambda: nd.sample_normal(lo, hi, out=nd.zeros((2, 2))),
          lambda: nd.random.uniform(lo, hi, shape=(3,), out=nd.zeros((2, 2))),
          lambda: nd.sample_poisson(nd.array([1., 2]), shape=(2,), dtype='float32', out=nd.zeros((2, 3))),
          lambda: nd.sample_gamma(lo + 1, hi, shape=(2, 2), out=nd.zeros((2, 2))),
          lambda: nd.sample_exponential(hi, shape=3, dtype='float64', out=nd.zeros((3, 3), dtype='float64'))):
    try:
        print(f().shape)
    except mx.MXNetError as e:
        print(repr(str(e)))
