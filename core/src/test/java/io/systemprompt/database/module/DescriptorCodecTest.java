package io.systemprompt.database.module;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached form of a module.yaml decodes to the descriptor it was made from, whatever the text. */
class DescriptorCodecTest {
    private static final String ALPHABET = "ab/_-.%,~\t\n\r:y é1";

    @Test
    void roundTripsSeededRandomDescriptors() {
        Random random = new Random(15);
        for (int i = 0; i < 500; i++) {
            List<String> deps = new ArrayList<>();
            for (int d = random.nextInt(4); d > 0; d--) {
                deps.add(text(random));
            }
            ModuleDescriptor d = new ModuleDescriptor(random.nextInt(4) == 0 ? null : text(random), text(random),
                    List.copyOf(deps), random.nextBoolean());
            String line = DescriptorCodec.encode(d);
            assertThat(line).doesNotContain("\t", "\n", "\r");
            assertThat(DescriptorCodec.decode(line)).isEqualTo(d);
        }
    }

    @Test
    void rejectsWhatIsNotADescriptor() {
        assertThat(DescriptorCodec.decode("0123abcd")).isNull();
        assertThat(DescriptorCodec.decode("y:only-a-name")).isNull();
        assertThat(DescriptorCodec.decode("y:core/users,1.0.0,core/config")).as("the older layout").isNull();
        assertThat(DescriptorCodec.decode(null)).isNull();
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
