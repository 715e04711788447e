"""mx.np binary functions over every pair of dtypes: MXNet's result dtype, or the error its kernel raises when
the result is read (the dtype is inferred at the call); scalars cast to a bool array's dtype; ranges."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
dts = ['bool', 'int8', 'uint8', 'int32', 'int64', 'float16', 'float32', 'float64']
short = {'bool': 'b', 'int8': 'i1', 'uint8': 'u1', 'int32': 'i4', 'int64': 'i8', 'float16': 'f2', 'float32': 'f4',
         'float64': 'f8'}
A = {d: np.array([0, 1, 2, 3], dtype=d) for d in dts}
B = {d: np.array([3, 2, 1, 1], dtype=d) for d in dts}


def cell(f):
    try:
        r = f()
        dt = short[str(r.dtype)]
        r.asnumpy()
        return dt
    except mx.MXNetError:
        return dt + '!' if 'dt' in locals() else 'E'


for op in ['add', 'subtract', 'multiply', 'true_divide', 'mod', 'power', 'maximum', 'minimum', 'equal', 'hypot',
           'arctan2', 'copysign', 'ldexp', 'lcm', 'bitwise_and', 'bitwise_or']:
    print(op)
    for d1 in dts:
        print('  %-3s' % short[d1], ' '.join('%4s' % cell(lambda: getattr(np, op)(A[d1], B[d2])) for d2 in dts))
for d in dts:
    print(short[d], [cell(lambda: getattr(np, op)(A[d], s)) for op in ('maximum', 'hypot', 'arctan2', 'ldexp', 'lcm',
                                                                       'bitwise_and') for s in (2, -1.5)])
for e in ["A['bool'] == 2", "2 > A['bool']",
          "np.bitwise_and(A['bool'], -1.5)", "-A['bool']", "np.ldexp(A['int32'], -1.5)", "np.arctan2(2, A['int8'])",
          "np.copysign(A['int32'], -B['int32'])", "np.lcm(A['bool'], B['bool'])", "np.arange(1.5, 4, 0.5, dtype='float16')",
          "np.arange(-1.5, 4, 1.7, dtype='float16')", "np.arange(0, 5, None)", "np.linspace(0, 10, 0, retstep=True)",
          "np.linspace(0, 10, 4, endpoint=False, retstep=True)", "np.linspace(0, 1, 1, retstep=True)",
          "np.linspace(0, 10, -1)", "np.linspace(0, 1, 2.5)", "np.linspace(np.array(0.), 1, 3)", "np.arange(3, dtype='bool')",
          "np.linspace(0, 1, 3, dtype='bool')", "hasattr(np, 'rad2deg')", "np.deg2rad(A['float32'])",
          "np.signbit(np.array([-3, 0, 2], dtype='int32'))", "np.signbit(A['bool'])", "np.positive(2.5)",
          "[n for n in ('FailedNDArray', 'INTERNAL', 'KernelError', 'is_recording', 'kahan_sum', 'zero_gradient', "
          "'refuse_legacy_scalars') if hasattr(np, n) or hasattr(np.random, n)]"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, '!!', type(ex).__name__, ex if isinstance(ex, AttributeError) else '')
