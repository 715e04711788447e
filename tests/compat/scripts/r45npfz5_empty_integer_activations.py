"""LeakyReLU and Activation (legacy and npx) of an integer or bool array with no element run no kernel, so their float-only type switch fails nothing, while a non-empty one fails when read."""
import mxnet as mx
def t(desc, f):
    try:
        r = f(); print(desc, r.shape, r.dtype, r.asnumpy().ravel().tolist()[:4])
    except Exception as e:
        print(desc, type(e).__name__, str(e).split('\n')[-1][:200])
    try:
        mx.nd.waitall()
    except Exception as e:
        print('  waitall', type(e).__name__, str(e).split('\n')[-1][:200])
for dt in ['int32', 'int8', 'uint8', 'int64', 'float16']:
    for shape in [(2, 0), (0,), (0, 3, 2), (2, 3)]:
        for act in ['leaky', 'elu', 'selu', 'gelu', 'rrelu']:
            t(f'nd {dt} {shape} {act}', lambda: mx.nd.LeakyReLU(mx.nd.zeros(shape, dtype=dt), act_type=act))
for dt in ['int32', 'int8', 'uint8', 'int64']:
    for shape in [(2, 0), (0,), (2, 3)]:
        for act in ['relu', 'sigmoid', 'tanh', 'softrelu', 'softsign']:
            t(f'nd {dt} {shape} {act}', lambda: mx.nd.Activation(mx.nd.zeros(shape, dtype=dt), act_type=act))
mx.npx.set_np()
for dt in ['int32', 'bool', 'int64']:
    for shape in [(2, 0), (0,), (2, 3)]:
        t(f'npx {dt} {shape}', lambda: mx.npx.leaky_relu(mx.np.zeros(shape, dtype=dt)))
        t(f'npx {dt} {shape} elu', lambda: mx.npx.leaky_relu(mx.np.zeros(shape, dtype=dt), act_type='elu'))
for dt in ['int32', 'bool', 'int64']:
    for shape in [(2, 0), (0,), (2, 3)]:
        for f in ['relu', 'sigmoid']:
            t(f'npx {f} {dt} {shape}', lambda: getattr(mx.npx, f)(mx.np.zeros(shape, dtype=dt)))
            t(f'npx act {f} {dt} {shape}', lambda: mx.npx.activation(mx.np.zeros(shape, dtype=dt), act_type=f))
