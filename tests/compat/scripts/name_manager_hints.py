# NameManager.get keeps the hint as given (one counter per spelling); ops name their nodes from the lower-cased op.
import mxnet as mx

nm = mx.name.NameManager()
print([nm.get(None, 'fc'), nm.get(None, 'fc'), nm.get('x', 'fc'), nm.get(None, 'FC'), nm.get(None, 'fc')])
pf = mx.name.Prefix('z_')
print([pf.get(None, 'Conv'), pf.get(None, 'conv'), pf.get('n', 'conv')])
with mx.name.NameManager():
    v = mx.sym.var('v')
    print([mx.sym.contrib.MultiBoxPrior(v).name, mx.sym.contrib.box_nms(v).name, mx.sym.linalg.gemm2(v, v).name,
           mx.sym.image.to_tensor(v).name, mx.sym.FullyConnected(v, num_hidden=1).name, mx.sym.SoftmaxOutput(v).name])
