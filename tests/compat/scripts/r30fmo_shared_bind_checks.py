"""A simple_bind sharing a shared_exec's arrays (or a BucketingModule's new bucket) fails as MXNet's checks fail: a shared parameter or auxiliary state of another shape or dtype, a shared buffer's array of another dtype, each at its source line."""
# recorded on AVX2
import mxnet as mx


def run(tag, fn):
    try:
        fn()
        print(tag, 'binds')
    except Exception as e:
        print(tag, type(e).__name__)
        print('   ', str(e).replace('\n', '\n    '))


data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=2, name='fc')
params = ['fc_weight', 'fc_bias']
first = fc.simple_bind(mx.cpu(), data=(2, 3))
run('parameter of another shape', lambda: fc.simple_bind(mx.cpu(), data=(2, 5), shared_buffer={},
                                                          shared_arg_names=params, shared_exec=first))
run('parameter of another dtype', lambda: fc.simple_bind(mx.cpu(), data=(2, 3), type_dict={'data': 'float64'},
                                                          shared_buffer={}, shared_arg_names=params, shared_exec=first))
run('parameter of the same shape', lambda: fc.simple_bind(mx.cpu(), data=(7, 3), shared_buffer={},
                                                           shared_arg_names=params, shared_exec=first))

bn = mx.sym.BatchNorm(data, name='bn')
with_aux = bn.simple_bind(mx.cpu(), data=(2, 3))
run('auxiliary state of another shape', lambda: bn.simple_bind(mx.cpu(), data=(2, 4), shared_buffer={},
                                                                shared_arg_names=[], shared_exec=with_aux))
run('auxiliary state of another dtype', lambda: bn.simple_bind(mx.cpu(), data=(2, 3), type_dict={'data': 'float64'},
                                                                shared_buffer={}, shared_arg_names=[],
                                                                shared_exec=with_aux))
shares = bn.simple_bind(mx.cpu(), data=(5, 3), shared_buffer={}, shared_arg_names=[], shared_exec=with_aux)
shares.aux_dict['bn_moving_var'][:] = 5
print('auxiliary states shared:', with_aux.aux_dict['bn_moving_var'].asnumpy().tolist())

buffer = {}
fc.simple_bind(mx.cpu(), data=(2, 3), shared_buffer=buffer)
run('buffer array of another dtype', lambda: fc.simple_bind(mx.cpu(), data=(2, 3), type_dict={'data': 'float64'},
                                                             shared_buffer=buffer))
run('smaller, another dtype', lambda: fc.simple_bind(mx.cpu(), data=(1, 3), type_dict={'data': 'float16'},
                                                      shared_buffer=buffer))
run('larger, another dtype', lambda: fc.simple_bind(mx.cpu(), data=(4, 3), type_dict={'data': 'float16'},
                                                     shared_buffer=buffer))


def fc_gen(key):
    return mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), ('data',), None


def bn_gen(key):
    h = mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name='fc')
    return mx.sym.BatchNorm(h, name='bn'), ('data',), None


mod = mx.mod.BucketingModule(fc_gen, default_bucket_key=3)
mod.bind([('data', (2, 3))], for_training=False)
mod.init_params()
run('bucket: parameter of another shape', lambda: mod.switch_bucket(5, [('data', (2, 5))]))
run('bucket: input of another dtype', lambda: mod.switch_bucket(4, [mx.io.DataDesc('data', (2, 3), dtype='float64')]))
run('bucket: smaller input of another dtype',
    lambda: mod.switch_bucket(6, [mx.io.DataDesc('data', (1, 3), dtype='float16')]))
mod = mx.mod.BucketingModule(bn_gen, default_bucket_key=3)
mod.bind([('data', (2, 3))], for_training=False)
mod.init_params()
run('bucket: float64 batch', lambda: mod.switch_bucket(7, [mx.io.DataDesc('data', (9, 3), dtype='float64')]))
