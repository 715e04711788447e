"""d2l-zh neural style transfer: vgg feature layers, gram matrices, TV loss, a Trainer on a parameter image."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, image, init, nd
from mxnet.gluon import model_zoo, nn

mx.random.seed(17)
np.random.seed(17)

rs = np.random.RandomState(4)
content_img = nd.array(rs.randint(0, 256, size=(40, 50, 3)), dtype='uint8')
style_img = nd.array(rs.randint(0, 256, size=(36, 44, 3)), dtype='uint8')
rgb_mean = nd.array([0.485, 0.456, 0.406])
rgb_std = nd.array([0.229, 0.224, 0.225])


def preprocess(img, image_shape):
    img = image.imresize(img, *image_shape)
    img = (img.astype('float32') / 255 - rgb_mean) / rgb_std
    return img.transpose((2, 0, 1)).expand_dims(axis=0)


def postprocess(img):
    img = img[0].as_in_context(rgb_std.context)
    return (img.transpose((1, 2, 0)) * rgb_std + rgb_mean).clip(0, 1)


x = preprocess(content_img, (24, 16))
print(x.shape, '%.4f' % x.sum().asscalar(), postprocess(x).shape, '%.4f' % postprocess(x).sum().asscalar())
print(gluon.data.vision.transforms.ToTensor()(content_img).shape)

pretrained_net = model_zoo.vision.vgg19(pretrained=False)
print(len(pretrained_net.features), pretrained_net.features[:5])
style_layers, content_layers = [0, 2, 5], [5]
net = nn.Sequential()
for i in range(max(content_layers + style_layers) + 1):
    net.add(pretrained_net.features[i])
net.initialize(init.Xavier())
print(net)


def extract_features(X, content_layers, style_layers):
    contents, styles = [], []
    for i in range(len(net)):
        X = net[i](X)
        if i in style_layers:
            styles.append(X)
        if i in content_layers:
            contents.append(X)
    return contents, styles


def content_loss(Y_hat, Y):
    return (Y_hat - Y).square().mean()


def gram(X):
    num_channels, n = X.shape[1], X.size // X.shape[1]
    X = X.reshape((num_channels, n))
    return nd.dot(X, X.T) / (num_channels * n)


def style_loss(Y_hat, gram_Y):
    return (gram(Y_hat) - gram_Y).square().mean()


def tv_loss(Y_hat):
    return 0.5 * ((Y_hat[:, :, 1:, :] - Y_hat[:, :, :-1, :]).abs().mean() +
                  (Y_hat[:, :, :, 1:] - Y_hat[:, :, :, :-1]).abs().mean())


content_weight, style_weight, tv_weight = 1, 1e3, 10


def compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    contents_l = [content_loss(Y_hat, Y) * content_weight for Y_hat, Y in zip(contents_Y_hat, contents_Y)]
    styles_l = [style_loss(Y_hat, Y) * style_weight for Y_hat, Y in zip(styles_Y_hat, styles_Y_gram)]
    tv_l = tv_loss(X) * tv_weight
    l = nd.add_n(*styles_l) + nd.add_n(*contents_l) + tv_l
    return contents_l, styles_l, tv_l, l


class GeneratedImage(nn.Block):
    def __init__(self, img_shape, **kwargs):
        super(GeneratedImage, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=img_shape)

    def forward(self):
        return self.weight.data()


image_shape = (24, 16)
content_X = preprocess(content_img, image_shape)
contents_Y, _ = extract_features(content_X, content_layers, style_layers)
style_X = preprocess(style_img, image_shape)
_, styles_Y = extract_features(style_X, content_layers, style_layers)
styles_Y_gram = [gram(Y) for Y in styles_Y]
print([g.shape for g in styles_Y_gram], ['%.5f' % g.sum().asscalar() for g in styles_Y_gram])

gen_img = GeneratedImage(content_X.shape)
gen_img.initialize(init.Constant(content_X), force_reinit=True)
print(gen_img.collect_params())
trainer = gluon.Trainer(gen_img.collect_params(), 'adam', {'learning_rate': 0.01})
for i in range(3):
    with autograd.record():
        X = gen_img()
        contents_Y_hat, styles_Y_hat = extract_features(X, content_layers, style_layers)
        contents_l, styles_l, tv_l, l = compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram)
    l.backward()
    trainer.step(1)
    nd.waitall()
    print(i, '%.4e %.4e %.4f' % (nd.add_n(*contents_l).asscalar(), nd.add_n(*styles_l).asscalar(), tv_l.asscalar()))
    if i == 1:
        trainer.set_learning_rate(trainer.learning_rate * 0.1)
print(trainer.learning_rate, '%.4f' % gen_img.weight.grad().abs().sum().asscalar())
out = postprocess(gen_img())
print(out.shape, '%.3f' % out.sum().asscalar())
print(image.imresize(content_img, 20, 30, interp=1).shape, image.imresize(content_img, 20, 30).asnumpy()[0, :3, 0])
