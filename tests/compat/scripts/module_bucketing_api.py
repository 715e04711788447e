# BucketingModule on two contexts: buckets bound on first use, prepare, parameters shared, checkpoints, load/load_dict, rebind.
import mxnet as mx, numpy as np, warnings, os, tempfile
warnings.simplefilter('ignore')
mx.random.seed(0); np.random.seed(0)
def sym_gen(key):
    d = mx.sym.Variable('data'); l = mx.sym.Variable('softmax_label')
    h = mx.sym.mean(mx.sym.FullyConnected(d, num_hidden=4, flatten=False, name='fc'), axis=1)
    h = mx.sym.FullyConnected(h, num_hidden=2, name='out')
    return mx.sym.SoftmaxOutput(h, l, name='softmax'), ('data',), ('softmax_label',)
m = mx.mod.BucketingModule(sym_gen, default_bucket_key=5, context=[mx.cpu(0), mx.cpu(1)])
print(m.data_names, m.output_names, m.binded)
m.bind([('data', (4, 5, 3))], [('softmax_label', (4,))])
m.init_params(initializer=mx.init.Xavier())
m.init_optimizer(optimizer_params={'learning_rate': 0.3})
for key in (5, 3, 5, 7, 3):
    b = mx.io.DataBatch([mx.nd.array(np.random.rand(4, key, 3))], [mx.nd.array([0, 1, 1, 0])], bucket_key=key,
                        provide_data=[mx.io.DataDesc('data', (4, key, 3))], provide_label=[mx.io.DataDesc('softmax_label', (4,))])
    try:
        m.forward(b); m.backward(); m.update()
        print(key, m._curr_bucket_key, m.get_outputs()[0].asnumpy()[0].round(5), sorted(m._buckets))
    except Exception as e:
        print(key, type(e).__name__)
print(m.symbol.list_arguments(), m.get_params()[0]['out_bias'].asnumpy().round(5))
m.prepare(b)
print(m._curr_bucket_key)
tmp = tempfile.mkdtemp()
m.save_checkpoint(os.path.join(tmp, 'bk'), 3)
print(sorted(os.listdir(tmp)))
m2 = mx.mod.BucketingModule.load(os.path.join(tmp, 'bk'), 3, sym_gen=sym_gen, default_bucket_key=5)
print(sorted(m2._buckets), m2.params_initialized, m2.binded, m2._curr_module is m2._buckets[5])
m2.bind([('data', (4, 5, 3))], [('softmax_label', (4,))], for_training=False)
print(m2.get_params()[0]['out_bias'].asnumpy().round(5))
m3 = mx.mod.BucketingModule.load_dict({5: sym_gen(5)[0]}, sym_gen=sym_gen, default_bucket_key=5, arg_params=m.get_params()[0], aux_params={})
print(sorted(m3._buckets))
m.bind([('data', (4, 5, 3))], [('softmax_label', (4,))], force_rebind=True)
print(sorted(m._buckets), m.get_params()[0]['out_bias'].asnumpy().round(5))
try: m.bind([('data', (4, 5, 3))], shared_module=m2)
except AssertionError as e: print('AE', e)
m.init_optimizer()
