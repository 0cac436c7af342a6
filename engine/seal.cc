#include "engine/seal.h"

#include <sodium.h>

#include "engine/chain.h"
#include "events/bytes.h"
#include "events/personal.h"

namespace homeward {
namespace {

constexpr std::uint8_t kSealFormat = 1;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == sizeof(DataKey));

std::string_view OrgOf(std::string_view stream_id) {
  return stream_id.substr(0, stream_id.find('/'));
}

// Binds a layer to its subject and to the event it belongs to, whose clear
// payload has digest `digest`.
std::string AssociatedData(std::string_view subject, std::string_view stream_id,
                           std::string_view type, const Hash& digest) {
  std::string ad = "homeward-seal-1";
  for (std::string_view part : {subject, stream_id, type}) {
    ad.push_back('\0');
    ad.append(part);
  }
  ad.push_back('\0');
  ad.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  return ad;
}

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

void MarkErased(PersonalFields& fields) {
  for (std::string* f : fields.fields) *f = kErased;
}

// One layer of the seal as stored: whose key and the nonce used with it.
struct Layer {
  std::string subject;
  std::array<std::uint8_t, kNonceBytes> nonce{};
};

}  // namespace

Result<EncodedEvent> SealEvent(std::string_view stream_id, const Event& event, KeyRing& keys) {
  Event copy = event;
  PersonalFields personal = PersonalOf(OrgOf(stream_id), copy);
  if (personal.empty()) return EncodeEvent(event);
  std::string clear;
  ByteWriter values(clear);
  values.U32(static_cast<std::uint32_t>(personal.fields.size()));
  for (std::string* f : personal.fields) {
    values.Str(*f);
    f->clear();
  }
  EncodedEvent encoded = EncodeEvent(copy);
  std::vector<Layer> layers;
  std::string text = std::move(clear);
  const Hash digest = HashBody(encoded.payload);
  for (const std::string& subject : personal.subjects) {
    Result<DataKey> key = keys.Ensure(subject);
    if (!key.ok()) return key.status();
    Layer layer{subject, {}};
    randombytes_buf(layer.nonce.data(), layer.nonce.size());
    const std::string ad = AssociatedData(subject, stream_id, encoded.type, digest);
    std::string sealed(text.size() + kTagBytes, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()),
                                               &length, Bytes(text), text.size(), Bytes(ad),
                                               ad.size(), nullptr, layer.nonce.data(), key->data());
    sealed.resize(length);
    text = std::move(sealed);
    layers.push_back(std::move(layer));
  }
  ByteWriter out(encoded.sealed);
  out.U8(kSealFormat);
  out.U32(static_cast<std::uint32_t>(layers.size()));
  for (const Layer& layer : layers) {
    out.Str(layer.subject);
    out.Raw(std::string_view(reinterpret_cast<const char*>(layer.nonce.data()), kNonceBytes));
  }
  out.Raw(text);
  return encoded;
}

Status OpenEventInto(const Envelope& envelope, const KeyRing* keys, Event* out) {
  if (Status s = DecodeEventInto(envelope.type, envelope.schema_version, envelope.payload, out);
      !s.ok()) {
    return s;
  }
  PersonalFields personal = PersonalOf(OrgOf(envelope.stream_id), *out);
  if (personal.empty()) return Status::Ok();
  if (envelope.sealed.empty()) {  // recorded in the clear, before sealing
    for (const std::string& subject : personal.subjects) {
      if (keys && keys->Erased(subject)) MarkErased(personal);
    }
    return Status::Ok();
  }
  const auto damaged = [&](std::string_view what) {
    return Corruption("position " + std::to_string(envelope.position) + ": the sealed personal " +
                      "fields of this " + envelope.type + " event " + std::string(what));
  };
  ByteReader r(envelope.sealed);
  if (r.U8() != kSealFormat) return damaged("are of an unknown format");
  const std::uint32_t count = r.U32();
  std::vector<Layer> layers;
  for (std::uint32_t i = 0; i < count && r.ok() && i < 1024; ++i) {
    Layer layer;
    layer.subject = r.Str();
    layer.nonce = r.Bytes<kNonceBytes>();
    layers.push_back(std::move(layer));
  }
  if (!r.ok() || layers.size() != count || count == 0) return damaged("are truncated");
  std::string text(envelope.sealed.substr(envelope.sealed.size() - r.remaining()));
  const Hash digest = HashBody(envelope.payload);
  for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
    Result<std::optional<DataKey>> key =
        keys ? keys->Find(layer->subject) : Result<std::optional<DataKey>>(std::nullopt);
    if (!key.ok()) return key.status();
    if (!*key) {
      MarkErased(personal);
      return Status::Ok();
    }
    if (text.size() < kTagBytes) return damaged("are truncated");
    const std::string ad =
        AssociatedData(layer->subject, envelope.stream_id, envelope.type, digest);
    std::string opened(text.size() - kTagBytes, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(opened.data()), &length, nullptr, Bytes(text),
            text.size(), Bytes(ad), ad.size(), layer->nonce.data(), (*key)->data()) != 0) {
      return damaged("do not authenticate: they were altered or moved");
    }
    opened.resize(length);
    text = std::move(opened);
  }
  ByteReader values(text);
  if (values.U32() != personal.fields.size()) return damaged("do not match the event's fields");
  for (std::string* f : personal.fields) values.StrInto(*f);
  if (!values.ok() || values.remaining() != 0) return damaged("are malformed");
  return Status::Ok();
}

Result<Event> OpenEvent(const Envelope& envelope, const KeyRing* keys) {
  Event event;
  if (Status s = OpenEventInto(envelope, keys, &event); !s.ok()) return s;
  return event;
}

}  // namespace homeward
