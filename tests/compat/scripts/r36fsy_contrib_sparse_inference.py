"""Symbol inference of random *_like samplers (data shaped by the output), sparse.retain (data's shape whatever the indices', index dtype required), fft/ifft (data dtype required), getnnz and image.to_tensor (int64/float32 outputs before the data's dtype is known), BatchNormWithReLU's refusal of integers."""
import warnings

import mxnet as mx

warnings.simplefilter('ignore')


def show(tag, sym, f, **given):
    try:
        r = getattr(sym, f)(**given)
        if f.startswith('infer_type'):
            r = ([getattr(t, '__name__', t) for t in r[0]], [getattr(t, '__name__', t) for t in r[1]])
        print(tag, r[0], r[1])
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])


d, i, a = mx.sym.var('d'), mx.sym.var('i'), mx.sym.var('a')
syms = {f'random.{n}': getattr(mx.sym.random, n)(d, name='x') for n in dir(mx.sym.random) if n.endswith('_like') and not n.startswith('_')}
syms.update({'sparse.retain': mx.sym.sparse.retain(d, i, name='x'), 'contrib.fft': mx.sym.contrib.fft(d, name='x'),
             'contrib.ifft': mx.sym.contrib.ifft(d, name='x'), 'contrib.getnnz': mx.sym.contrib.getnnz(d, name='x'),
             'image.to_tensor': mx.sym.image.to_tensor(d, name='x'),
             'contrib.BatchNormWithReLU': mx.sym.contrib.BatchNormWithReLU(d, name='x')})
for tag, sym in sorted(syms.items()):
    plus = mx.sym.elemwise_add(sym, a, name='plus')
    shape = (3, 4) if tag == 'contrib.getnnz' else (2, 3, 4, 5)
    show(tag + ' full', sym, 'infer_shape_partial', d=shape)
    show(tag + ' partial', sym, 'infer_shape_partial', d=(0,) + shape[1:])
    show(tag + ' told back', plus, 'infer_shape_partial', a=shape)
    for given in ({'d': 'float16'}, {'d': 'int32'}, {'d': 'float32', 'i': 'int64'}, {}):
        show(f'{tag} {given}', sym, 'infer_type_partial', **{k: v for k, v in given.items() if k in sym.list_arguments()})
    for dt in ('float16', 'float32', 'int32'):
        show(f'{tag} told {dt}', plus, 'infer_type_partial', a=dt)
