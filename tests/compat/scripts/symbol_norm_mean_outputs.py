# LayerNorm/GroupNorm with output_mean_var=True have three outputs (output, mean, std): names, shapes, values, gradients.
import mxnet as mx, numpy as np
x = mx.sym.var('x')
for f in [lambda: mx.sym.LayerNorm(x, axis=1, output_mean_var=True, name='ln'), lambda: mx.sym.GroupNorm(x, num_groups=2, output_mean_var=True, name='gn'), lambda: mx.sym.LayerNorm(x, name='ln2')]:
    s = f()
    print(s.list_outputs(), s.list_arguments())
    print(s.infer_shape(x=(2, 4, 3)))
    ex = s.simple_bind(mx.cpu(), x=(2, 4, 3))
    ex.arg_dict['x'][:] = np.arange(24).reshape(2, 4, 3) / 10.
    for k in ex.arg_dict:
        if k != 'x': ex.arg_dict[k][:] = 1 if 'gamma' in k else 0.5
    outs = ex.forward(is_train=True)
    for o in outs: print(o.shape, np.round(o.asnumpy(), 4).tolist())
    ex.backward([mx.nd.ones(o.shape) for o in outs])
    print({k: np.round(v.asnumpy(), 4).tolist() for k, v in ex.grad_dict.items()})
