"""simple_bind refuses integer data for the float-only legacy kernels at each operator's own type switch, as MXNet does."""
import mxnet as mx

x = mx.sym.Variable('x')
cases = {'L2Normalization': lambda: mx.sym.L2Normalization(x), 'Dropout': lambda: mx.sym.Dropout(x, p=0.5),
         'MakeLoss': lambda: mx.sym.MakeLoss(x), 'SVMOutput': lambda: mx.sym.SVMOutput(mx.sym.reshape(x, shape=(2, -1))),
         'Pad': lambda: mx.sym.Pad(mx.sym.reshape(x, shape=(1, 2, 3, 4)), mode='edge',
                                   pad_width=(0, 0, 0, 0, 1, 1, 1, 1))}
for name, make in cases.items():
    for dt in ['int32', 'uint8', 'int64', 'float64']:
        try:
            make().simple_bind(mx.cpu(), type_dict={'x': dt}, x=(24,))
            print(name, dt, 'bound')
        except RuntimeError as e:       # simple_bind's wrapper of the kernel's MXNetError
            print(name, dt, type(e).__name__, ' | '.join(str(e).strip().splitlines()))
