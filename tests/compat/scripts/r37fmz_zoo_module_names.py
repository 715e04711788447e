"""Model zoo modules expose MXNet's tables (resnet_spec with its block kinds, resnet_net/block_versions, vgg_spec,
densenet_spec) and public names; model_store's public names."""
import importlib

from mxnet.gluon.model_zoo import model_store, vision

print(type(vision.alexnet).__name__, type(vision.densenet).__name__, type(vision.resnet).__name__)
alexnet, densenet, inception, mobilenet, resnet, squeezenet, vgg = (
    importlib.import_module('mxnet.gluon.model_zoo.vision.' + n)
    for n in ['alexnet', 'densenet', 'inception', 'mobilenet', 'resnet', 'squeezenet', 'vgg'])

print(resnet.resnet_spec)
print([c.__name__ for c in resnet.resnet_net_versions])
print([{k: c.__name__ for k, c in d.items()} for d in resnet.resnet_block_versions])
print(vgg.vgg_spec)
print(densenet.densenet_spec)
for m in [alexnet, densenet, inception, mobilenet, resnet, squeezenet, vgg]:
    print(m.__name__.split('.')[-1], m.__all__)
    print('   ', sorted(n for n in dir(m) if not n.startswith('_') and n != 'is_np_array'))
print(sorted(n for n in dir(model_store) if not n.startswith('_')), model_store.__all__)
print(model_store.apache_repo_url, model_store._url_format)
for version, depth in [(1, 18), (2, 50), (2, 152)]:
    net = vision.get_resnet(version, depth, classes=3)
    print(version, depth, type(net).__name__, type(net.features[5][0]).__name__, len(net.collect_params().keys()))
