import mxnet as mx
import numpy as np
def tr(name, f):
    try:
        r = f(); print(name, r)
    except Exception as e:
        print(name, 'ERR', type(e).__name__)
tr('v1', lambda: mx.sym.var('w', shape=(2, 3), dtype=np.float16, init='zeros', stype='csr', lr_mult=0.5, wd_mult=2).list_attr())
tr('v2', lambda: mx.sym.var('w', init=mx.init.Normal(0.1)).list_attr())
tr('v3', lambda: mx.sym.var('w', init=mx.init.Constant(3)).list_attr())
tr('v4', lambda: mx.sym.var('w', dtype='int32').attr('__dtype__'))
tr('v5', lambda: mx.sym.var('w', shape=[2, 3]).list_attr())
tr('v6', lambda: mx.sym.var('w', shape=(2,)).attr('__shape__'))
tr('v7', lambda: mx.sym.var('w', attr={'__shape__': '(4,)'}).infer_shape())
tr('v8', lambda: mx.sym.var(3))
tr('v9', lambda: mx.sym.var('w', stype='foo'))
tr('v10', lambda: mx.sym.var('w', dtype='float64').infer_type())
tr('v11', lambda: mx.sym.var('w', lr_mult=1, __layout__='NCHW', attr={'ctx_group': 'g'}).list_attr())
tr('v12', lambda: mx.sym.var('w', profiler_scope='a:'))
tr('v13', lambda: mx.sym.var('w', __profiler_scope__='a:').list_attr())
s = mx.sym.var('w', lr_mult=2)
tr('v14', lambda: (s._set_attr(wd_mult='3'), s.list_attr())[1])
tr('v15', lambda: s._set_attr(wd_mult=3))
tr('v16', lambda: mx.sym.FullyConnected(s, num_hidden=2, name='fc').attr_dict())
tr('v17', lambda: mx.sym.Group([s, s * 2]).list_attr())
tr('v18', lambda: mx.sym.Group([s, s * 2]).attr('lr_mult'))
tr('v19', lambda: (s * 2).list_attr())
tr('v20', lambda: s.list_attr(recursive=True))
tr('v21', lambda: mx.sym.var('w', shape=(2,3)).tojson())
tr('a', lambda: mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=2, name='f', attr={'profiler_scope':'a:'}).list_attr())
tr('b', lambda: mx.sym.var('x', attr={'profiler_scope':'a:'}).list_attr())
def c():
    with mx.AttrScope(profiler_scope='b:'):
        return mx.sym.var('y').list_attr()
tr('c', c)
tr('d', lambda: mx.sym.var('x', attr={'force_mirroring':'1', 'mirror_stage':'1'}).list_attr())
tr('e', lambda: mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=2, name='f', __profiler_scope__='a:').list_attr())
