"""The names the image namespaces list: nd.image, sym.image and npx.image their operators (npx.image mx.image's
names too), mx.image its functions, augmenters and the modules it re-exports, OpenCV's module None without it."""
# recorded on AVX2
import mxnet as mx

for label, module in [("nd.image", mx.nd.image), ("sym.image", mx.sym.image), ("image", mx.image),
                      ("npx.image", mx.npx.image), ("img", mx.img), ("vision", mx.gluon.data.vision),
                      ("transforms", mx.gluon.data.vision.transforms)]:
    print(label, dir(module))
    print(label, "__all__", getattr(module, "__all__", None))
print("image.cv2", mx.image.cv2, mx.npx.image.cv2)
print("npx.image minus image", sorted(set(dir(mx.npx.image)) - set(dir(mx.image))))
