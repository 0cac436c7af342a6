#pragma once
// Personal fields sealed per subject. Before an event is stored, its
// personal fields (events/personal.h) are taken out of the payload and
// encrypted with XChaCha20-Poly1305 under the key of each subject they are
// about (a child, a volunteer; counseling notes under each child's key in
// turn), with the subject and the event's identity (its stream, type and the
// BLAKE2b digest of its clear payload) as associated data. The log stores
// the ciphertext beside the payload, so the hash chain covers it. Destroying
// a subject's key (KeyRing::Erase) leaves those fields unreadable for good:
// they read "[erased]", and the rest of each event reads as before.

#include <string_view>

#include "engine/key_ring.h"
#include "events/envelope.h"
#include "events/event.h"

namespace homeward {

// Encodes `event`, to be recorded in stream `stream_id`, with its personal
// fields blank in the payload and sealed in `sealed`. An event without
// personal fields encodes as EncodeEvent does. Errors: as KeyRing::Ensure
// (conflict, reason "erased", for a subject already erased).
Result<EncodedEvent> SealEvent(std::string_view stream_id, const Event& event, KeyRing& keys);

// Decodes `envelope`'s event with its personal fields opened. A field whose
// subject's key is gone, or every sealed field when `keys` is null, reads
// "[erased]"; so does a clear field (recorded before sealing) of an erased
// subject. Errors: as DecodeEvent; corruption when the sealed fields do not
// authenticate (they were altered), naming the position and never the data.
Result<Event> OpenEvent(const Envelope& envelope, const KeyRing* keys);

// As OpenEvent, into `*out` (reusing its storage, for long folds).
Status OpenEventInto(const Envelope& envelope, const KeyRing* keys, Event* out);

}  // namespace homeward
